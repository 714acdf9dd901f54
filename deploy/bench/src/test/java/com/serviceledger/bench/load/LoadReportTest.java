package com.serviceledger.bench.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LoadReportTest {

    private static RunResult run(double commandsPerSecond, double appendedPerSecond, double rawInsert) {
        Instant from = Instant.parse("2026-11-26T02:00:00Z");
        return new RunResult(
                new LoadDriver.Sustained(commandsPerSecond, 100, Map.of("500", 1), from, from.plusSeconds(60)),
                new LoadDriver.OpenLoop(commandsPerSecond / 2, 50, 10, 20, 30, 40, 5, 100, 200, 250, 0, Map.of()),
                60, appendedPerSecond, 800, rawInsert, rawInsert / 10,
                new NotificationProbe.Result(20, 120, 120, 150, 300, 900, 1500, 0, 0));
    }

    @Test
    void eachFigureIsTheMedianAndSpreadOverRuns() {
        LoadOptions options = LoadOptions.parse(new String[] {"--runs=3"});
        Map<String, Object> report = LoadReport.build(options,
                List.of(run(100, 90, 9000), run(300, 270, 9000), run(200, 180, 6000)));
        @SuppressWarnings("unchecked")
        Map<String, Percentiles.Spread> figures = (Map<String, Percentiles.Spread>) report.get("figures");
        assertThat(figures.get("sustained commands/s (2xx, closed loop)"))
                .isEqualTo(new Percentiles.Spread(200, 100, 300));
        assertThat(figures.get("append ÷ raw insert, %")).isEqualTo(new Percentiles.Spread(3.0, 1.0, 3.0)); // the median of the runs' own ratios
        assertThat(figures.get("peak RSS MiB (VmHWM)")).isEqualTo(new Percentiles.Spread(800, 800, 800));
        assertThat(figures.get("SLA decision → webhook p99 ms (under the load)"))
                .isEqualTo(new Percentiles.Spread(900, 900, 900));
        assertThat(figures).containsKeys("latency p99 ms at half rate", "projection lag p99 ms (complaint view)",
                "raw JDBC batch insert rows/s (ceiling)", "events appended/s (sustained window)");
    }

    @Test
    void theSummaryHasARowPerFigureAndMarksUnmeasuredOnes() {
        LoadOptions options = LoadOptions.parse(new String[] {"--url=http://localhost:8080", "--runs=1"});
        String md = LoadReport.markdown(LoadReport.build(options, List.of(run(100, Double.NaN, Double.NaN))));
        assertThat(md).contains("| sustained commands/s (2xx, closed loop) | 100.0 | 100.0 | 100.0 |")
                .contains("| raw JDBC batch insert rows/s (ceiling) | – | – | – |")
                .contains("failures {500=1}");
        assertThat(md.lines().filter(l -> l.startsWith("| ") && !l.startsWith("| figure"))).hasSize(
                LoadReport.FIGURES.size());
    }

    @Test
    void unknownOptionsAreRefused() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> LoadOptions.parse(new String[] {"--client=3"}))
                .hasMessageContaining("client");
    }
}
