package com.serviceledger.faults;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import org.junit.jupiter.api.Test;

/**
 * The fault run at {@code short} scale, as CI runs it: the standalone jar built earlier in the reactor is started
 * as a child process, killed with SIGKILL twice under recorded load and restarted on its H2 file. Nothing
 * acknowledged may be lost or doubled, every view must equal the fold of the store, every deadline that fell due
 * while it was down must fire once. The report is left in {@code target/faults-short}.
 */
class ShortFaultRunTest {

    @Test
    void kill_nine_under_load_loses_nothing_and_the_views_converge() throws Exception {
        FaultOptions options = FaultOptions.parse(new String[] {"--scale=short", "--scenarios=standalone-kill"});
        assertThat(options.jar()).as("the standalone jar of this reactor").matches(Files::isRegularFile);

        FaultReport report = FaultRun.run(options);

        assertThat(report.errors()).isEmpty();
        assertThat(report.scenarios()).hasSize(1);
        ScenarioResult kill = report.scenarios().getFirst();
        // the run did what it claims: faults, load, retries, races, deadlines due during downtime, documents
        assertThat(kill.faultsInjected()).isEqualTo(Scale.SHORT.killCycles());
        assertThat(kill.commandsAcknowledged()).isGreaterThan(50);
        assertThat(kill.races().raced()).isPositive();
        assertThat(kill.replays().sent()).isPositive();
        assertThat(kill.deadlines().dueDuringDowntime()).isPositive();
        assertThat(kill.documentsCompared()).isGreaterThan(10);
        // every view took part: inspections, the rectifications the relay opened from them, the units' quality
        // months, the scorecards of staff blamed for a complaint, the demo's directory and policies; and the event
        // history, one document per event
        assertThat(kill.documentsPerView()).hasSize(ViewCheck.ALIASES.size() + 1)
                .containsKeys(ViewCheck.ALIASES.values().toArray(String[]::new))
                .allSatisfy((view, documents) -> assertThat(documents).as(view).isPositive());
        assertThat(kill.documentsPerView()).containsEntry(HistoryCheck.DATA_STREAM, kill.eventsInStore());
        // and nothing was lost, doubled or left different
        assertThat(kill.eventsLost()).isZero();
        assertThat(kill.eventsDuplicated()).isZero();
        assertThat(kill.refusedButStored()).isZero();
        assertThat(kill.chainBroken()).isZero();
        assertThat(kill.documentsMismatched()).as("differences %s", kill.differences()).isZero();
        assertThat(kill.deadlines().firedTwice()).isZero();
        assertThat(kill.deadlines().lost()).isZero();
        // every SLA decision and resolution reached the webhook receiver, across the kills
        assertThat(kill.notifications().expected()).isPositive();
        assertThat(kill.notifications().lost()).isZero();
        assertThat(kill.notifications().badSignatures()).isZero();
        assertThat(kill.failures()).isEmpty();
    }
}
