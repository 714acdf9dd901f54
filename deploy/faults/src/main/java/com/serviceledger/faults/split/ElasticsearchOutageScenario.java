package com.serviceledger.faults.split;

import com.serviceledger.bench.load.CommandClient;
import com.serviceledger.faults.FaultOptions;
import com.serviceledger.faults.Scenario;
import com.serviceledger.faults.ScenarioResult;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code es-outage}: the query side's link to Elasticsearch is cut for a while under load, once per cycle. Commands
 * keep being acknowledged (the command side never needs the views); the projections fail their batches and retry,
 * parking nothing; reads during the outage answer 503; when the link returns the views catch up and equal the fold.
 */
public final class ElasticsearchOutageScenario implements Scenario {

    private static final Logger log = LoggerFactory.getLogger(ElasticsearchOutageScenario.class);

    @Override
    public String name() {
        return "es-outage";
    }

    @Override
    public ScenarioResult run(FaultOptions options) throws Exception {
        try (SplitRun run = SplitRun.start(name(), options)) {
            CommandClient query = new CommandClient(run.topology.queryUrl());
            Map<Integer, Long> readsDuringOutage = new TreeMap<>();
            int cuts = 0;
            long acknowledgedDuringOutage = 0;
            for (int cycle = 1; cycle <= run.cycles(); cycle++) {
                run.loadForAWhile();
                long before = run.acknowledged();
                long attemptsBefore = run.topology.elasticsearchLink().accepted();
                run.topology.elasticsearchLink().cut();
                cuts++;
                Instant cut = Instant.now();
                while (Duration.between(cut, Instant.now()).compareTo(run.outage()) < 0) {
                    readsDuringOutage.merge(query.status("/api/complaints?size=1", "supervisor"), 1L, Long::sum);
                    Thread.sleep(500);
                }
                long attempts = run.topology.elasticsearchLink().accepted() - attemptsBefore;
                run.topology.elasticsearchLink().restore();
                long during = run.acknowledged() - before;
                if (during == 0) {
                    throw new IllegalStateException("no command was acknowledged while Elasticsearch was cut off");
                }
                acknowledgedDuringOutage += during;
                log.info("cycle {}: Elasticsearch unreachable for {} s; {} commands acknowledged meanwhile, {} connection"
                        + " attempts of the query side", cycle, run.outage().toSeconds(), during, attempts);
                run.notes.add("outage " + cycle + ": " + attempts + " connection attempts in " + run.outage().toSeconds()
                        + " s (retries back off)");
            }
            run.notes.add(cuts + " cuts of the query side's Elasticsearch link, " + run.outage().toSeconds()
                    + " s each; " + acknowledgedDuringOutage + " commands acknowledged during them; reads during"
                    + " them answered (status: count) " + readsDuringOutage);
            return run.finish(cuts, readsDuringOutage);
        }
    }
}
