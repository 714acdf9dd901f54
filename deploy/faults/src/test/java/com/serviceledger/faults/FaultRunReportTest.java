package com.serviceledger.faults;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A full fault run takes an hour and more: the report on disk must hold every finished scenario's figures while
 * later ones run, and say which have not run yet, so a run stopped half-way is not a run without figures.
 */
class FaultRunReportTest {

    @TempDir
    Path out;

    @Test
    void the_report_on_disk_holds_each_finished_scenario_while_the_next_runs() throws Exception {
        List<String> seenWhileSecondRan = new ArrayList<>();
        Map<String, Scenario> scenarios = new LinkedHashMap<>();
        scenarios.put("first", scenario("first", options -> result("first")));
        scenarios.put("second", scenario("second", options -> {
            seenWhileSecondRan.add(Files.readString(out.resolve("fault-report.md")));
            seenWhileSecondRan.add(Files.readString(out.resolve("fault-report.json")));
            throw new IllegalStateException("the child did not start");
        }));
        FaultOptions options = new FaultOptions(List.of("first", "second"), Scale.SHORT, 1, Path.of("none.jar"), "1g",
                out);

        FaultReport report = FaultRun.run(options, scenarios);

        assertThat(seenWhileSecondRan.getFirst()).startsWith("# Fault run INCOMPLETE (not run yet: second)")
                .contains("| first | 2 | 40 |");
        assertThat(seenWhileSecondRan.get(1)).contains("\"notRunYet\" : [ \"second\" ]", "\"passed\" : false");
        assertThat(report.notRunYet()).isEmpty();
        assertThat(report.passed()).isFalse();
        assertThat(Files.readString(out.resolve("fault-report.md"))).startsWith("# Fault run FAILED")
                .contains("| first | 2 | 40 |", "**second did not finish:** java.lang.IllegalStateException");
    }

    @Test
    void a_finished_run_of_passing_scenarios_passes() throws Exception {
        FaultOptions options = new FaultOptions(List.of(), Scale.SHORT, 1, Path.of("none.jar"), "1g", out);

        FaultReport report = FaultRun.run(options, Map.of("only", scenario("only", o -> result("only"))));

        assertThat(report.passed()).isTrue();
        assertThat(Files.readString(out.resolve("fault-report.md"))).startsWith("# Fault run PASSED");
    }

    private interface Body {
        ScenarioResult run(FaultOptions options) throws Exception;
    }

    private static Scenario scenario(String name, Body body) {
        return new Scenario() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public ScenarioResult run(FaultOptions options) throws Exception {
                return body.run(options);
            }
        };
    }

    private static ScenarioResult result(String name) {
        return new ScenarioResult(name, 2, 40, ScenarioResult.InDoubt.NONE, Map.of("409", 3L),
                ScenarioResult.Replays.NONE, ScenarioResult.Races.NONE, 60, 0, 0, 0, 0, 12, 0,
                Map.of("sq-ratings", 12L), List.of(), List.of(), ScenarioResult.Deadlines.NONE, Duration.ofSeconds(5),
                List.of(), ScenarioResult.Notifications.NONE);
    }
}
