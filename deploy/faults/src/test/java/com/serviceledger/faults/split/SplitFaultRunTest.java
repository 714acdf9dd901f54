package com.serviceledger.faults.split;

import static org.assertj.core.api.Assertions.assertThat;

import com.serviceledger.faults.FaultOptions;
import com.serviceledger.faults.FaultReport;
import com.serviceledger.faults.FaultRun;
import com.serviceledger.faults.HistoryCheck;
import com.serviceledger.faults.ScenarioResult;
import com.serviceledger.faults.ViewCheck;
import java.nio.file.Files;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The split-topology scenarios at {@code short} scale, as CI runs them: PostgreSQL and an Elasticsearch node in this
 * JVM, the command side and the query side from the exec jars built earlier in the reactor, one topology shared by
 * the three scenarios, one fault cycle each. Under recorded load the
 * query side is killed alone, Elasticsearch is cut off, the command side's database link is cut and stalled; nothing
 * acknowledged may be lost or doubled, nothing refused may be stored, every view must equal the fold of the store.
 * The report is left in {@code target/faults-short}.
 */
class SplitFaultRunTest {

    @Test
    void the_query_side_killed_alone_elasticsearch_cut_off_and_the_database_lost_lose_nothing() throws Exception {
        FaultOptions options = FaultOptions.parse(new String[] {"--scale=short",
                "--scenarios=query-side-kill,es-outage,db-outage", "--child-heap=1g", "--out="
                        + System.getProperty("faults.out", "target/faults") + "-split"});
        assertThat(SplitJars.commandSide()).as("the command side's exec jar of this reactor").matches(Files::isRegularFile);
        assertThat(SplitJars.querySide()).as("the query side's exec jar of this reactor").matches(Files::isRegularFile);

        // one topology for the three: each start-up of both sides costs about a minute on 2 cores
        System.setProperty(SplitTopology.SHARE_PROPERTY, "true");
        FaultReport report;
        try {
            report = FaultRun.run(options);
        } finally {
            System.clearProperty(SplitTopology.SHARE_PROPERTY);
            SplitTopology.closeShared();
        }

        assertThat(report.errors()).isEmpty();
        Map<String, ScenarioResult> results = report.scenarios().stream()
                .collect(Collectors.toMap(ScenarioResult::name, Function.identity()));
        assertThat(results).containsOnlyKeys("query-side-kill", "es-outage", "db-outage");
        results.values().forEach(result -> {
            // the run did what it claims: faults under load, documents compared
            assertThat(result.faultsInjected()).as(result.name()).isPositive();
            assertThat(result.commandsAcknowledged()).as(result.name()).isGreaterThan(20);
            assertThat(result.documentsCompared()).as(result.name()).isGreaterThan(5);
            // every view took part: inspections, the rectifications the relay opened, the quality months, the
            // scorecards of staff the seeded directory knows, the directory and the policy themselves; and the
            // event history, one document per event
            assertThat(result.documentsPerView()).as(result.name()).hasSize(ViewCheck.ALIASES.size() + 1)
                    .containsKeys(ViewCheck.ALIASES.values().toArray(String[]::new))
                    .allSatisfy((view, documents) -> assertThat(documents).as(view).isPositive());
            assertThat(result.documentsPerView()).as(result.name())
                    .containsEntry(HistoryCheck.DATA_STREAM, result.eventsInStore());
            // and nothing was lost, doubled, half-applied or left different
            assertThat(result.eventsLost()).as(result.name()).isZero();
            assertThat(result.eventsDuplicated()).as(result.name()).isZero();
            assertThat(result.refusedButStored()).as(result.name()).isZero();
            assertThat(result.chainBroken()).as(result.name()).isZero();
            assertThat(result.documentsMismatched()).as("%s: %s", result.name(), result.differences()).isZero();
            assertThat(result.failures()).as(result.name()).isEmpty();
        });
        // a lost database link is answered 503 (and retried), a cut-off node's reads too
        assertThat(results.get("db-outage").refusals()).containsKey("503");
        assertThat(results.get("es-outage").refusals()).containsKey("reads 503");
    }
}
