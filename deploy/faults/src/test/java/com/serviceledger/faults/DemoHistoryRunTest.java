package com.serviceledger.faults;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The demo history at {@code short} scale, as CI runs it: the standalone jar simulates a few weeks into an empty data
 * directory, and then every document of every view must equal the fold of the store, and the history stream must
 * hold every event once. The full 90 days: {@code --scale=full --scenarios=demo-history} (README, Reliability).
 */
class DemoHistoryRunTest {

    @Test
    void everyViewEqualsTheFoldOfTheStoreAfterASimulatedHistory() throws Exception {
        FaultOptions options = FaultOptions.parse(new String[] {"--scale=short", "--scenarios=demo-history"});

        FaultReport report = FaultRun.run(options);

        assertThat(report.errors()).isEmpty();
        ScenarioResult history = report.scenarios().getFirst();
        assertThat(history.eventsInStore()).as("a few weeks of three subsidiaries").isGreaterThan(3000);
        // every view took part: cases, ratings, inspections and the rectifications the relay opened from them, the
        // units' quality months, the scorecards of blamed staff, the directory and the policies; the history stream
        assertThat(history.documentsPerView()).hasSize(ViewCheck.ALIASES.size() + 1)
                .allSatisfy((view, documents) -> assertThat(documents).as(view).isPositive());
        assertThat(history.documentsPerView()).containsEntry(HistoryCheck.DATA_STREAM, history.eventsInStore());
        assertThat(history.eventsDuplicated()).isZero();
        assertThat(history.chainBroken()).isZero();
        assertThat(history.documentsMismatched()).as("differences %s", history.differences()).isZero();
        assertThat(history.failures()).isEmpty();
    }
}
