package com.serviceledger.faults;

import com.serviceledger.bench.load.CommandClient;
import com.serviceledger.bench.load.StandaloneProcess;
import com.serviceledger.query.audit.replay.ExportedEvent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code standalone-kill}: the standalone system as users run it (one JVM, H2 file, embedded Elasticsearch) under
 * recorded load, killed with SIGKILL at seeded random moments and restarted on the same data directory, cycle after
 * cycle. Before each kill a few service requests are planned to fall due while it is down ({@link DeadlineProbe}).
 * At the end: every acknowledged command exactly once in the store, every view equal to the fold, every deadline
 * checkpoint fired once, every SLA decision and resolution told to a webhook receiver at least once.
 */
public final class StandaloneKillScenario implements Scenario {

    private static final Logger log = LoggerFactory.getLogger(StandaloneKillScenario.class);
    /** Delivery due this far after the plan: the first warning (50 %) comes after the kill, all before the restart. */
    private static final Duration DUE_AHEAD = Duration.ofSeconds(8);
    private static final Duration SETTLE = Duration.ofMinutes(2);
    private static final Duration CATCH_UP = Duration.ofMinutes(3);
    private static final Duration DEADLINE_PATIENCE = Duration.ofSeconds(90);
    /** Beyond the lease of a delivery cut short by the last kill (20 s here) and a few backoffs. */
    private static final Duration NOTIFICATION_PATIENCE = Duration.ofSeconds(90);

    @Override
    public String name() {
        return "standalone-kill";
    }

    @Override
    public ScenarioResult run(FaultOptions options) throws Exception {
        Instant started = Instant.now();
        Path work = options.workDir(name());
        Path dataDir = work.resolve("data");
        deleteRecursively(work);
        Files.createDirectories(work);
        SplittableRandom dice = new SplittableRandom(options.seed());
        DeadlineProbe deadlines = new DeadlineProbe(options.seed() + 1);
        List<String> notes = new ArrayList<>();
        Map<String, String> environment = NotificationCheck.ENVIRONMENT;
        StandaloneProcess child = StandaloneProcess.start(options.jar(), options.childHeap(), dataDir, environment);
        int kills = 0;
        NotificationCheck notifications = NotificationCheck.start();
        try {
            notifications.subscribe(new CommandClient(child.baseUrl()));
            RecordingLoad load = new RecordingLoad(options.seed(), options.scale().clients(),
                    "flt" + Long.toString(options.seed(), 36) + "-" + Long.toString(started.toEpochMilli(), 36))
                    .start(child.baseUrl());
            for (int cycle = 1; cycle <= options.scale().killCycles(); cycle++) {
                long span = options.scale().loadBetween().toMillis() - options.scale().loadMin().toMillis();
                Thread.sleep(options.scale().loadMin().toMillis() + dice.nextLong(span + 1));
                deadlines.plan(load, options.scale().deadlineCases(), DUE_AHEAD);
                Thread.sleep(dice.nextLong(300));
                Instant killedAt = Instant.now();
                log.info("cycle {}: kill -9 of pid {}", cycle, child.pid());
                child.kill();
                kills++;
                load.pause();
                child = StandaloneProcess.start(options.jar(), options.childHeap(), dataDir, environment);
                deadlines.downtime(killedAt, Instant.now());
                load.pointAt(child.baseUrl());
                load.resume();
                log.info("cycle {}: restarted as pid {} after {} s", cycle, child.pid(),
                        Duration.between(killedAt, Instant.now()).toSeconds());
            }
            Thread.sleep(options.scale().loadMin().toMillis());
            RecordingLoad.LoadSummary summary = load.stop(SETTLE);
            CommandClient client = new CommandClient(child.baseUrl());
            List<ExportedEvent> events = awaitDeadlines(client, deadlines);
            notes.addAll(Catchup.await(client, CATCH_UP));
            events = StoreCheck.export(client);
            StoreCheck.Findings store = StoreCheck.check(client, events, summary);
            ViewCheck.Findings views = ViewCheck.check(child.elasticsearchUrl(), child.elasticsearchCredential(), events);
            notes.add(kills + " kill -9 of the standalone process, each restarted on the same H2 file");
            ScenarioResult.Notifications told = notifications.await(events, NOTIFICATION_PATIENCE);
            return ScenarioResult.of(name(), kills, summary, store, views, deadlines.check(events),
                    Duration.between(started, Instant.now()), notes).withNotifications(told);
        } finally {
            child.close();
            notifications.close();
        }
    }

    /** Waits until every probe's breach is stored (they fall due during the downtimes), or the patience ends. */
    private static List<ExportedEvent> awaitDeadlines(CommandClient client, DeadlineProbe deadlines)
            throws InterruptedException {
        long until = System.nanoTime() + DEADLINE_PATIENCE.toNanos();
        while (true) {
            List<ExportedEvent> events = StoreCheck.export(client);
            if (deadlines.allBreached(events) || System.nanoTime() > until) {
                return events;
            }
            Thread.sleep(1000);
        }
    }

    static void deleteRecursively(Path directory) throws java.io.IOException {
        if (!Files.exists(directory)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(directory)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
