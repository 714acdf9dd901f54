package com.serviceledger.faults;

import com.serviceledger.bench.load.CommandClient;
import com.serviceledger.bench.load.StandaloneProcess;
import com.serviceledger.query.audit.replay.ExportedEvent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code demo-history}: the standalone system simulates {@link Scale#demoHistoryDays()} days of demo activity into an
 * empty data directory, as the README's demo does (the real aggregates, timers and relays on a clock racing through
 * the months), and then every view must equal the fold of the store. No fault is injected: the simulation itself is
 * the stress, appends committing out of order while the clock runs hours ahead in milliseconds. It caught views that
 * had silently lost updates (a relay's events skipped by the processors' gap rule).
 */
public final class DemoHistoryScenario implements Scenario {

    private static final Logger log = LoggerFactory.getLogger(DemoHistoryScenario.class);
    /** 90 days take 3 to 7 minutes on 2 cores; room for a busy machine. */
    private static final Duration HISTORY_PATIENCE = Duration.ofMinutes(30);
    private static final Duration CATCH_UP = Duration.ofMinutes(3);
    /** Timers of the last simulated day fall due in real time; a check that saw one fire in between is repeated. */
    private static final int CHECKS = 3;
    /** Refused for its empty body (400) once commands are accepted; 503 while the history is simulated. */
    private static final String PROBE = "{}";

    @Override
    public String name() {
        return "demo-history";
    }

    @Override
    public ScenarioResult run(FaultOptions options) throws Exception {
        Instant started = Instant.now();
        Path work = options.workDir(name());
        StandaloneKillScenario.deleteRecursively(work);
        Files.createDirectories(work);
        int days = options.scale().demoHistoryDays();
        List<String> notes = new ArrayList<>();
        try (StandaloneProcess child = StandaloneProcess.start(options.jar(), options.childHeap(), work.resolve("data"),
                Map.of("SERVICELEDGER_DEMO_HISTORY_DAYS", String.valueOf(days)))) {
            CommandClient client = new CommandClient(child.baseUrl());
            Duration simulated = awaitHistory(child, client);
            log.info("{} simulated days played in {} s", days, simulated.toSeconds());
            notes.add(days + " simulated days of demo history, played in " + simulated.toSeconds() + " s");
            for (int check = 1; ; check++) {
                notes.addAll(Catchup.await(client, CATCH_UP));
                List<ExportedEvent> events = StoreCheck.export(client);
                StoreCheck.Findings store = StoreCheck.check(client, events, RecordingLoad.LoadSummary.NONE);
                ViewCheck.Findings views = ViewCheck.check(child.elasticsearchUrl(), child.elasticsearchCredential(), events);
                int after = StoreCheck.export(client).size();
                if (after == events.size() || check == CHECKS) {
                    if (after != events.size()) {
                        notes.add("the store still grew during the last check (" + events.size() + " → " + after
                                + " events): timers falling due in real time");
                    }
                    return ScenarioResult.of(name(), 0, RecordingLoad.LoadSummary.NONE, store, views,
                            ScenarioResult.Deadlines.NONE, Duration.between(started, Instant.now()), notes);
                }
                log.info("a timer fired during check {} ({} → {} events): checking again", check, events.size(), after);
            }
        }
    }

    /** Waits until commands are accepted again, which the standalone does once the history is done. */
    private static Duration awaitHistory(StandaloneProcess child, CommandClient client) throws InterruptedException {
        long from = System.nanoTime();
        long until = from + HISTORY_PATIENCE.toNanos();
        while (true) {
            int status = client.post("/api/ratings", "agent", PROBE, Map.of()).status();
            if (!child.isAlive()) {
                throw new IllegalStateException("the standalone process ended during the demo history");
            }
            if (status != 503 && status != 0) {
                if (status != 400) {
                    throw new IllegalStateException("the probe after the history answered " + status + ", not 400");
                }
                return Duration.ofNanos(System.nanoTime() - from);
            }
            if (System.nanoTime() > until) {
                throw new IllegalStateException("the demo history was not done within " + HISTORY_PATIENCE);
            }
            Thread.sleep(2000);
        }
    }
}
