package com.serviceledger.faults;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The fault run's report: {@code fault-report.json} (every figure) and {@code fault-report.md} (the table a
 * reader checks first, then each scenario's findings).
 *
 * @param errors scenarios that could not finish (a start-up that failed, a check that threw), with the reason
 * @param notRunYet scenarios still to come: the run writes the report after every scenario, so a report with
 *                  names here is the figures of a run that is going on or was stopped
 */
public record FaultReport(Instant started, String scale, long seed, List<ScenarioResult> scenarios,
                          Map<String, String> errors, List<String> notRunYet, Duration duration) {

    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(SerializationFeature.WRITE_DURATIONS_AS_TIMESTAMPS)
            .enable(SerializationFeature.INDENT_OUTPUT);

    @JsonProperty
    public boolean passed() {
        return errors.isEmpty() && notRunYet.isEmpty() && scenarios.stream().allMatch(ScenarioResult::passed);
    }

    /** Writes both files into {@code directory}; returns the Markdown one. */
    public Path write(Path directory) throws IOException {
        Files.createDirectories(directory);
        JSON.writeValue(directory.resolve("fault-report.json").toFile(), this);
        Path markdown = directory.resolve("fault-report.md");
        Files.writeString(markdown, markdown());
        return markdown;
    }

    private String verdict() {
        boolean failedSoFar = !errors.isEmpty() || !scenarios.stream().allMatch(ScenarioResult::passed);
        if (notRunYet.isEmpty()) {
            return failedSoFar ? "FAILED" : "PASSED";
        }
        return (failedSoFar ? "FAILED so far" : "INCOMPLETE") + " (not run yet: " + String.join(", ", notRunYet) + ")";
    }

    String markdown() {
        StringBuilder md = new StringBuilder();
        md.append("# Fault run ").append(verdict()).append("\n\n")
                .append("Started ").append(started).append(", scale `").append(scale).append("`, seed `").append(seed)
                .append("`, ").append(duration.toSeconds()).append(" s.\n\n")
                .append("| scenario | faults | acknowledged | in doubt (effect before / on retry / refused / unsettled) "
                        + "| refusals | events | lost | duplicated | refused but stored | chain broken "
                        + "| documents compared | mismatched | deadlines (due in downtime / once / twice / lost) | s |\n")
                .append("|---|---:|---:|---|---|---:|---:|---:|---:|---:|---:|---:|---|---:|\n");
        for (ScenarioResult r : scenarios) {
            ScenarioResult.InDoubt d = r.commandsInDoubt();
            ScenarioResult.Deadlines t = r.deadlines();
            md.append("| ").append(r.name()).append(" | ").append(r.faultsInjected()).append(" | ")
                    .append(r.commandsAcknowledged()).append(" | ").append(d.sent()).append(" (")
                    .append(d.tookEffectBefore()).append(" / ").append(d.appliedOnRetry()).append(" / ")
                    .append(d.refusedOnRetry()).append(" / ").append(d.unsettled()).append(") | ")
                    .append(r.refusals()).append(" | ").append(r.eventsInStore()).append(" | ")
                    .append(r.eventsLost()).append(" | ").append(r.eventsDuplicated()).append(" | ")
                    .append(r.refusedButStored()).append(" | ").append(r.chainBroken()).append(" | ")
                    .append(r.documentsCompared()).append(" | ").append(r.documentsMismatched()).append(" | ")
                    .append(t.checkpoints()).append(" checkpoints (").append(t.dueDuringDowntime()).append(" / ")
                    .append(t.firedOnce()).append(" / ").append(t.firedTwice()).append(" / ").append(t.lost())
                    .append(") | ").append(r.duration().toSeconds()).append(" |\n");
        }
        errors.forEach((name, error) -> md.append("\n**").append(name).append(" did not finish:** ").append(error)
                .append('\n'));
        for (ScenarioResult r : scenarios) {
            md.append("\n## ").append(r.name()).append(r.passed() ? " (passed)" : " (FAILED)").append("\n\n");
            List<String> lines = new ArrayList<>();
            r.failures().forEach(f -> lines.add("FAILURE: " + f));
            lines.add("races on one case: " + r.races().raced() + " (one won " + r.races().oneWon()
                    + ", both acknowledged " + r.races().bothAcknowledged() + ", none won " + r.races().noneWon() + ")");
            lines.add("deliberate retries of acknowledged commands: " + r.replays().sent() + " (answered as replays "
                    + r.replays().replayed() + ", not " + r.replays().notReplayed() + ")");
            lines.add("documents per view: " + r.documentsPerView());
            ScenarioResult.Notifications told = r.notifications();
            if (told.expected() > 0) {
                lines.add("webhook notifications of SLA decisions and resolutions: " + told.expected() + " expected, "
                        + told.received() + " received, " + told.lost() + " lost, " + told.repeats()
                        + " repeats (same id, dropped by the receiver), " + told.badSignatures() + " bad signatures");
            }
            r.excludedFields().forEach(f -> lines.add("excluded from the comparison: " + f));
            r.differences().forEach(f -> lines.add("difference: " + f));
            r.notes().forEach(n -> lines.add(n));
            lines.forEach(line -> md.append("- ").append(line).append('\n'));
        }
        return md.toString();
    }
}
