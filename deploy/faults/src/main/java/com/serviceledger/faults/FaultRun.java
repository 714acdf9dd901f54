package com.serviceledger.faults;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The fault run: {@code --scenarios=standalone-kill,… --scale=short|full --seed=…} runs the named scenarios (all
 * registered ones by default) one after the other, writes {@code <out>/fault-report.{json,md}} and exits non-zero
 * when any acknowledged command was lost or doubled, any document mismatched, or a scenario could not finish.
 * The report is rewritten after every scenario, so a run stopped half-way keeps the figures of what it finished.
 */
public final class FaultRun {

    private static final Logger log = LoggerFactory.getLogger(FaultRun.class);

    private FaultRun() {
    }

    public static void main(String[] args) throws Exception {
        FaultOptions options = FaultOptions.parse(args);
        FaultReport report = run(options);
        Path markdown = options.out().resolve("fault-report.md");
        log.info("fault run {}: report in {}", report.passed() ? "passed" : "FAILED", markdown.toAbsolutePath());
        System.out.println(report.markdown());
        System.exit(report.passed() ? 0 : 1);
    }

    /** Every scenario on the class path ({@code META-INF/services/com.serviceledger.faults.Scenario}), by name. */
    public static Map<String, Scenario> scenarios() {
        Map<String, Scenario> byName = new LinkedHashMap<>();
        ServiceLoader.load(Scenario.class).forEach(scenario -> byName.put(scenario.name(), scenario));
        return byName;
    }

    public static FaultReport run(FaultOptions options) throws IOException {
        return run(options, scenarios());
    }

    /** Runs the selected scenarios of {@code available}; the report in {@code options.out()} grows after each. */
    static FaultReport run(FaultOptions options, Map<String, Scenario> available) throws IOException {
        Instant started = Instant.now();
        List<String> names = options.scenarios().isEmpty() ? List.copyOf(available.keySet()) : options.scenarios();
        for (String name : names) {
            if (!available.containsKey(name)) {
                throw new IllegalArgumentException("unknown scenario " + name + "; known: " + available.keySet());
            }
        }
        if (names.isEmpty()) {
            throw new IllegalArgumentException("no scenario to run; known: " + available.keySet());
        }
        List<ScenarioResult> results = new ArrayList<>();
        Map<String, String> errors = new LinkedHashMap<>();
        FaultReport report = null;
        for (int i = 0; i < names.size(); i++) {
            String name = names.get(i);
            log.info("scenario {} ({} scale, seed {})", name, options.scale().name(), options.seed());
            try {
                ScenarioResult result = available.get(name).run(options);
                results.add(result);
                log.info("scenario {}: {}", name, result.passed() ? "passed" : "FAILED " + result.failures());
            } catch (Exception | AssertionError e) {
                log.error("scenario {} did not finish", name, e);
                errors.put(name, e.toString());
            }
            List<String> notRunYet = List.copyOf(names.subList(i + 1, names.size()));
            report = new FaultReport(started, options.scale().name(), options.seed(), List.copyOf(results),
                    new LinkedHashMap<>(errors), notRunYet, Duration.between(started, Instant.now()));
            report.write(options.out());
        }
        return report;
    }
}
