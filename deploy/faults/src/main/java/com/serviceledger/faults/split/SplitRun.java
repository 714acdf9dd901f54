package com.serviceledger.faults.split;

import com.serviceledger.bench.load.CommandClient;
import com.serviceledger.faults.Catchup;
import com.serviceledger.faults.FaultOptions;
import com.serviceledger.faults.RecordingLoad;
import com.serviceledger.faults.ScenarioResult;
import com.serviceledger.faults.StoreCheck;
import com.serviceledger.faults.ViewCheck;
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
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * What the three split scenarios share: the topology, the recorded load at the command side, the seeded waits, and
 * the closing checks (processors caught up, the store against the acknowledgements, every view against the fold).
 */
final class SplitRun implements AutoCloseable {

    static final Duration SETTLE = Duration.ofMinutes(2);
    static final Duration CATCH_UP = Duration.ofMinutes(3);
    static final Duration CONVERGE = Duration.ofMinutes(3);

    final String name;
    final FaultOptions options;
    final Instant started = Instant.now();
    final SplittableRandom dice;
    final SplitTopology topology;
    final RecordingLoad load;
    final List<String> notes = new ArrayList<>();

    private SplitRun(String name, FaultOptions options, SplitTopology topology, RecordingLoad load) {
        this.name = name;
        this.options = options;
        this.dice = new SplittableRandom(options.seed());
        this.topology = topology;
        this.load = load;
    }

    static SplitRun start(String name, FaultOptions options) throws Exception {
        Path work = options.workDir(name);
        deleteRecursively(work);
        Files.createDirectories(work);
        SplitTopology topology = SplitTopology.forScenario(options, work);
        Instant now = Instant.now();
        RecordingLoad load = new RecordingLoad(options.seed(), options.scale().clients(),
                name.replace("-", "") + Long.toString(options.seed(), 36) + "-" + Long.toString(now.toEpochMilli(), 36))
                .start(topology.commandUrl());
        return new SplitRun(name, options, topology, load);
    }

    /** Load for a seeded while, between the scale's shortest and longest stretch. */
    void loadForAWhile() throws InterruptedException {
        long min = options.scale().loadMin().toMillis();
        long span = options.scale().loadBetween().toMillis() - min;
        Thread.sleep(min + dice.nextLong(span + 1));
    }

    /** Fault cycles: one in CI (each query-side restart takes most of a minute on 2 cores), the scale's in a full run. */
    int cycles() {
        return options.scale().name().equals("short") ? 1 : options.scale().killCycles();
    }

    /** How long a link stays cut: a few seconds in CI, long enough for many batches and retries in a full run. */
    Duration outage() {
        return options.scale().name().equals("short") ? Duration.ofSeconds(6) : Duration.ofSeconds(20);
    }

    /**
     * Waits until the load gets commands acknowledged again after a fault ended, without restarting anything.
     *
     * @return how long that took
     * @throws IllegalStateException when none is acknowledged within {@code patience}: the run then fails
     */
    Duration awaitRecovery(String fault, Duration patience) throws InterruptedException {
        Instant ended = Instant.now();
        long before = acknowledged();
        while (acknowledged() == before) {
            if (Duration.between(ended, Instant.now()).compareTo(patience) > 0) {
                throw new IllegalStateException("no command was acknowledged within " + patience + " after " + fault
                        + " ended");
            }
            Thread.sleep(50);
        }
        Duration took = Duration.between(ended, Instant.now());
        notes.add("after " + fault + ": commands acknowledged again " + took.toMillis() + " ms after it ended");
        return took;
    }

    long acknowledged() {
        return load.summary().acks().size();
    }

    /** As {@link #finish(int)}, with the reads' answers during the faults among the refusals (a 500 fails the run). */
    ScenarioResult finish(int faults, Map<Integer, Long> reads) throws Exception {
        ScenarioResult r = finish(faults);
        Map<String, Long> refusals = new TreeMap<>(r.refusals());
        // "500 (reads)" counts as a failure, as every 5xx but 503 does; "reads 503" is the expected answer
        reads.forEach((status, count) -> {
            if (status / 100 != 2) {
                refusals.merge(status == 503 ? "reads 503" : status + " (reads)", count, Long::sum);
            }
        });
        return r.withRefusals(refusals);
    }

    /** Stops the load, waits for the query side to catch up, then checks the store and every view exactly. */
    ScenarioResult finish(int faults) throws Exception {
        Thread.sleep(options.scale().loadMin().toMillis());
        RecordingLoad.LoadSummary summary = load.stop(SETTLE);
        CommandClient query = new CommandClient(topology.queryUrl());
        Instant catching = Instant.now();
        notes.addAll(Catchup.await(query, CATCH_UP));
        notes.add("the query side caught up " + Duration.between(catching, Instant.now()).toMillis()
                + " ms after the load stopped");
        List<ExportedEvent> events = StoreCheck.export(query);
        StoreCheck.Findings store = StoreCheck.check(query, events, summary);
        ViewCheck.Findings views = converged(events);
        return ScenarioResult.of(name, faults, summary, store, views, ScenarioResult.Deadlines.NONE,
                Duration.between(started, Instant.now()), notes);
    }

    /**
     * The views compared with the fold until they agree, for up to {@link #CONVERGE}. Seen after an Elasticsearch
     * outage: a segment whose batch failed is released and reclaimed only after the processor's back-off, and while
     * it is unclaimed {@code /actuator/processors} reports lag 0 (it counts claimed segments only), so a "caught up"
     * query side can still be missing documents for a while. How long they took is noted; a mismatch that outlasts
     * the patience fails the run.
     */
    private ViewCheck.Findings converged(List<ExportedEvent> events) throws Exception {
        Instant checking = Instant.now();
        ViewCheck.Findings views = ViewCheck.check(topology.elasticsearchUrl(), topology.elasticsearchCredential(), events);
        long first = views.documentsMismatched();
        while (views.documentsMismatched() > 0 && Duration.between(checking, Instant.now()).compareTo(CONVERGE) < 0) {
            Thread.sleep(2000);
            views = ViewCheck.check(topology.elasticsearchUrl(), topology.elasticsearchCredential(), events);
        }
        if (first > 0) {
            notes.add("FINDING: " + first + " documents differed from the fold although /actuator/processors showed"
                    + " lag 0; " + (views.documentsMismatched() == 0 ? "they converged " : "still differing after ")
                    + Duration.between(checking, Instant.now()).toSeconds() + " s later");
        }
        return views;
    }

    @Override
    public void close() throws Exception {
        topology.close();
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
