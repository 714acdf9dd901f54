package com.serviceledger.standalone.fuzz;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * {@code target/fuzz/fuzz-report.md} and {@code fuzz-report.json}: inputs per endpoint, answers by status, the
 * 5xx count (must be 0), whether the store is unchanged by refused input, health, the duration, and the first
 * answers that broke a property.
 */
public final class FuzzReport {

    private FuzzReport() {
    }

    public static void write(List<Outcome> outcomes, List<Operation> operations, long seed, int tries,
                      long[] before, long[] after, StoreCheck store, boolean healthy,
                      String health, Duration took) throws IOException {
        Map<String, Map<String, Object>> endpoints = new LinkedHashMap<>();
        Map<Integer, Integer> byStatus = new TreeMap<>();
        Map<String, Integer> byKind = new TreeMap<>();
        Map<String, Long> millisByKind = new TreeMap<>();
        List<String> violations = new ArrayList<>();
        Map<String, Integer> violationKinds = new TreeMap<>();
        int serverErrors = 0;
        for (Operation operation : operations) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("inputs", 0);
            entry.put("statuses", new TreeMap<Integer, Integer>());
            entry.put("violations", 0);
            endpoints.put(operation.toString(), entry);
        }
        synchronized (outcomes) {
            for (Outcome outcome : outcomes) {
                Map<String, Object> entry = endpoints.get(outcome.operation().toString());
                entry.merge("inputs", 1, (a, b) -> (Integer) a + (Integer) b);
                @SuppressWarnings("unchecked")
                Map<Integer, Integer> statuses = (Map<Integer, Integer>) entry.get("statuses");
                statuses.merge(outcome.status(), 1, Integer::sum);
                byStatus.merge(outcome.status(), 1, Integer::sum);
                byKind.merge(outcome.input().kind(), 1, Integer::sum);
                millisByKind.merge(outcome.input().kind(), outcome.millis(), Long::sum);
                serverErrors += outcome.status() >= 500 ? 1 : 0;
                if (!outcome.violations().isEmpty()) {
                    entry.merge("violations", 1, (a, b) -> (Integer) a + (Integer) b);
                    // one example per kind of breach first, so a frequent one does not hide a rare one
                    String kind = outcome.input().kind() + " " + FuzzInput.cut(outcome.violations().getFirst(), 40);
                    if (violationKinds.merge(kind, 1, Integer::sum) == 1) {
                        violations.add(outcome.operation() + " " + outcome.violations() + " <- "
                                + outcome.input().describe());
                    }
                }
            }
        }
        boolean storeUnchanged = store.eventsOfRefused().isEmpty();
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("seed", seed);
        json.put("triesPerEndpoint", tries);
        json.put("endpoints", operations.size());
        json.put("inputs", outcomes.size());
        json.put("durationSeconds", took.toMillis() / 1000.0);
        json.put("serverErrors", serverErrors);
        json.put("answersByStatus", byStatus);
        json.put("inputsByKind", byKind);
        json.put("millisByKind", millisByKind);
        json.put("storeUnchangedByRefusedInput", storeUnchanged);
        json.put("store", Map.of("rowsBefore", before[0], "rowsAfter", after[0], "maxGlobalIndexBefore", before[1],
                "maxGlobalIndexAfter", after[1], "eventsOfAcceptedInput", store.eventsOfAccepted(),
                "eventsOfRefusedInput", store.eventsOfRefused().size(), "eventsOfBackgroundWork", store.eventsOfOthers()));
        json.put("healthyAtEnd", healthy);
        json.put("violationsByKind", violationKinds);
        json.put("violations", violations);
        json.put("perEndpoint", endpoints);

        Path dir = Path.of("target", "fuzz");
        Files.createDirectories(dir);
        new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(dir.resolve("fuzz-report.json").toFile(), json);

        StringBuilder md = new StringBuilder("# Endpoint fuzz report\n\n");
        md.append("- seed `").append(seed).append("`, ").append(tries).append(" inputs per endpoint, ")
                .append(operations.size()).append(" endpoints, **").append(outcomes.size()).append(" inputs** in ")
                .append(String.format("%.1f", took.toMillis() / 1000.0)).append(" s\n");
        md.append("- **5xx answers: ").append(serverErrors).append("**; answers by status: ").append(byStatus).append('\n');
        md.append("- inputs by kind: ").append(byKind).append("; time spent by kind (ms): ").append(millisByKind)
                .append('\n');
        md.append("- event store unchanged by refused input: **").append(storeUnchanged ? "yes" : "NO")
                .append("** (rows ").append(before[0]).append(" -> ").append(after[0]).append(", max global index ")
                .append(before[1]).append(" -> ").append(after[1]).append("; events of accepted input ")
                .append(store.eventsOfAccepted()).append(", of refused input ").append(store.eventsOfRefused().size())
                .append(", of background work ").append(store.eventsOfOthers()).append(")\n");
        md.append("- health at the end: ").append(healthy ? "UP" : "NOT UP " + health).append("\n\n");
        md.append("| Endpoint | Inputs | Answers by status | Violations |\n|---|---:|---|---:|\n");
        endpoints.forEach((name, entry) -> md.append("| `").append(name).append("` | ").append(entry.get("inputs"))
                .append(" | ").append(entry.get("statuses")).append(" | ").append(entry.get("violations")).append(" |\n"));
        if (!violations.isEmpty()) {
            md.append("\n## Answers breaking a property (one example of each kind)\n\n");
            violations.forEach(v -> md.append("- ").append(v.replace("\n", "\\n")).append('\n'));
        }
        Files.writeString(dir.resolve("fuzz-report.md"), md);
    }
}
