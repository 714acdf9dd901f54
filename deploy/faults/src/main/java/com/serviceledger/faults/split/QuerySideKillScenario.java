package com.serviceledger.faults.split;

import com.serviceledger.faults.FaultOptions;
import com.serviceledger.faults.Scenario;
import com.serviceledger.faults.ScenarioResult;
import java.time.Duration;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code query-side-kill}: the split topology under load at the command side; the query side alone is killed with
 * SIGKILL at seeded moments, left down a moment and restarted on the same database and node, cycle after cycle. The
 * command side goes on acknowledging commands throughout (it never reads a view); the restarted query side resumes
 * from its stored tokens, so at the end every view equals the fold of the store.
 */
public final class QuerySideKillScenario implements Scenario {

    private static final Logger log = LoggerFactory.getLogger(QuerySideKillScenario.class);

    @Override
    public String name() {
        return "query-side-kill";
    }

    @Override
    public ScenarioResult run(FaultOptions options) throws Exception {
        try (SplitRun run = SplitRun.start(name(), options)) {
            int kills = 0;
            long acknowledgedWhileDown = 0;
            for (int cycle = 1; cycle <= run.cycles(); cycle++) {
                run.loadForAWhile();
                long pid = run.topology.querySidePid();
                long before = run.acknowledged();
                Instant killed = Instant.now();
                run.topology.killQuerySide();
                kills++;
                Thread.sleep(1000 + run.dice.nextLong(2000));
                run.topology.startQuerySide();
                long during = run.acknowledged() - before;
                if (during == 0) {
                    throw new IllegalStateException("no command was acknowledged while the query side was down");
                }
                acknowledgedWhileDown += during;
                log.info("cycle {}: query side pid {} killed, back as pid {} after {} s; {} commands acknowledged"
                        + " meanwhile", cycle, pid, run.topology.querySidePid(),
                        Duration.between(killed, Instant.now()).toSeconds(), during);
            }
            run.notes.add(kills + " kill -9 of the query side alone, each restarted on the same database and node; "
                    + acknowledgedWhileDown + " commands acknowledged while it was down");
            return run.finish(kills);
        }
    }
}
