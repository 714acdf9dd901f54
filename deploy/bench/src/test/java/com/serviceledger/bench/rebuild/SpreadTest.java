package com.serviceledger.bench.rebuild;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SpreadTest {

    @Test
    void the_median_of_an_odd_count_is_the_middle_value_and_the_range_spans_all() {
        assertThat(Spread.of(30, 10, 20)).isEqualTo(new Spread(20, 10, 30, 3));
    }

    @Test
    void the_median_of_an_even_count_is_the_mean_of_the_middle_two() {
        assertThat(Spread.of(4, 1, 3, 100).median()).isEqualTo(3.5);
    }

    @Test
    void one_run_is_described_without_a_range() {
        assertThat(Spread.of(12345.4).describe(0)).isEqualTo("12,345");
        assertThat(Spread.of(1, 2, 3).describe(1)).isEqualTo("2.0 (1.0–3.0)");
    }

    @Test
    void no_values_is_no_figure() {
        assertThatThrownBy(() -> Spread.of(List.of())).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void the_summary_takes_medians_over_runs_and_the_events_per_document() {
        List<RebuildReport.Run> runs = List.of(run(1, 8000, 0.40), run(2, 10000, 0.50), run(3, 9000, 0.45));
        RebuildReport.Summary summary = RebuildReport.Summary.of(runs);
        assertThat(summary.rebuildEventsPerSecond()).isEqualTo(new Spread(9000, 8000, 10000, 3));
        assertThat(summary.ratio().median()).isEqualTo(0.45);
        assertThat(summary.eventsPerDocument()).isEqualTo(7.5);

        String markdown = new RebuildReport("2026-11-26T00:00:00Z", Map.of("cores", 2), Map.of("batchSize", 200),
                new RebuildReport.Append(750, 1500.0, 0.5, false, 3000.0, 0.5), runs, summary).markdown();
        assertThat(markdown).contains("| **rebuild ÷ raw bulk** | 0.45 (0.40–0.50) |")
                .contains("| rebuild, events/s (start → COMPLETED) | 9,000 (8,000–10,000) |")
                .contains("750 events in 0.5 s = **1,500 events/s**")
                .contains("3,000 rows/s; **store append ÷ raw insert 0.50**")
                .contains("| 2 | 10,000 | 0.1 | 300 (3.0) | 4,000 | ");
    }

    private static RebuildReport.Run run(int n, double rebuildRate, double ratio) {
        return new RebuildReport.Run(n, 750, 100, rebuildRate, 750 / rebuildRate, rebuildRate / ratio / 7.5,
                rebuildRate / ratio, ratio, 300, rebuildRate * 0.4, 12, Map.of(), Map.of());
    }
}
