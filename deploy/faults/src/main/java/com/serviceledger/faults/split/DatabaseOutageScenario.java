package com.serviceledger.faults.split;

import com.serviceledger.faults.FaultOptions;
import com.serviceledger.faults.Scenario;
import com.serviceledger.faults.ScenarioResult;
import com.serviceledger.platform.faults.TcpProxy;
import java.time.Duration;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code db-outage}: the command side's link to PostgreSQL is lost for a while under load, twice per cycle: cut
 * (connections reset), then stalled (a hung network). Commands then answer 503 problems (counted), the load retries
 * each with its Idempotency-Key, and once the link is back the command side serves again without a restart. No
 * acknowledged command may be missing, none refused may have stored anything, none may be stored twice.
 */
public final class DatabaseOutageScenario implements Scenario {

    private static final Logger log = LoggerFactory.getLogger(DatabaseOutageScenario.class);
    /** The pool's connection and login timeouts are seconds: far more than this means no recovery. */
    private static final Duration RECOVERY = Duration.ofSeconds(60);

    @Override
    public String name() {
        return "db-outage";
    }

    @Override
    public ScenarioResult run(FaultOptions options) throws Exception {
        try (SplitRun run = SplitRun.start(name(), options)) {
            TcpProxy link = run.topology.databaseLink();
            int losses = 0;
            for (int cycle = 1; cycle <= run.cycles(); cycle++) {
                for (boolean stall : new boolean[] {false, true}) {
                    run.loadForAWhile();
                    long unavailableBefore = unavailable(run);
                    if (stall) {
                        link.stall();
                    } else {
                        link.cut();
                    }
                    losses++;
                    Thread.sleep(run.outage().toMillis());
                    link.restore();
                    run.awaitRecovery("the " + (stall ? "stall " : "cut ") + cycle + " of the database link",
                            RECOVERY);
                    log.info("cycle {}: the command side's database link {} for {} s; {} answers 503 meanwhile", cycle,
                            stall ? "stalled" : "cut", run.outage().toSeconds(), unavailable(run) - unavailableBefore);
                }
            }
            run.notes.add(losses + " losses of the command side's database link (a cut, then a stall, per cycle), "
                    + run.outage().toSeconds() + " s each; commands answered 503 " + unavailable(run)
                    + " times and were retried with their keys; the command side was never restarted");
            return run.finish(losses);
        }
    }

    private static long unavailable(SplitRun run) {
        Map<String, Long> refusals = run.load.summary().refusalsByStatus();
        return refusals.getOrDefault("503", 0L);
    }
}
