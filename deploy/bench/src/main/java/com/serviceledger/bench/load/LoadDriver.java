package com.serviceledger.bench.load;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Phaser;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

/**
 * Drives the demo mix against one running system: a closed loop of C clients for the sustained rate, then
 * an open loop at a fixed arrival rate for latency and projection lag.
 */
final class LoadDriver {

    private static final Duration LAG_POLL = Duration.ofMillis(50);
    private static final Duration LAG_PATIENCE = Duration.ofSeconds(30);

    private final CommandClient commands;
    private final CommandClient views;
    private final DemoMix mix = new DemoMix(20261126L);

    LoadDriver(String baseUrl) {
        this.commands = new CommandClient(baseUrl);
        // a separate client, so lag polling does not queue behind commands on the same connections
        this.views = new CommandClient(baseUrl);
    }

    /** Closed loop: each client sends its case's next step as soon as the previous one was answered. */
    Sustained sustained(int clients, Duration warmup, Duration duration) throws InterruptedException {
        long measureFrom = System.nanoTime() + warmup.toNanos();
        long measureTo = measureFrom + duration.toNanos();
        Instant wallFrom = Instant.now().plus(warmup);
        AtomicLong ok = new AtomicLong();
        Map<Integer, AtomicInteger> failures = new java.util.concurrent.ConcurrentHashMap<>();
        List<Thread> threads = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            threads.add(Thread.ofPlatform().name("bench-client-" + c).start(() -> {
                DemoMix.Case kase = mix.next();
                while (System.nanoTime() < measureTo) {
                    int status = commands.send(kase).join();
                    long now = System.nanoTime();
                    boolean counted = now >= measureFrom && now < measureTo;
                    if (status / 100 == 2) {
                        if (counted) {
                            ok.incrementAndGet();
                        }
                        kase.advance();
                    } else if (counted) {
                        failures.computeIfAbsent(status, s -> new AtomicInteger()).incrementAndGet();
                    }
                    if (status / 100 != 2 || kase.done()) {
                        kase = mix.next(); // a failed case is dropped: its next step would fail too
                    }
                }
            }));
        }
        for (Thread thread : threads) {
            thread.join();
        }
        return new Sustained(ok.get() / (duration.toNanos() / 1e9), ok.get(), counts(failures), wallFrom,
                wallFrom.plus(duration));
    }

    /**
     * Open loop at {@code perSecond}: each arrival takes a case whose previous step was answered (or a new
     * one) and is timed from its intended start. Every {@code lagEvery}-th complaint step is followed on the
     * view until its sequence shows, timed from the acknowledgement.
     */
    OpenLoop openLoop(double perSecond, Duration duration, int lagEvery) throws InterruptedException {
        ArrivalSchedule schedule = new ArrivalSchedule(System.nanoTime(), perSecond, duration.toNanos());
        Queue<DemoMix.Case> ready = new ConcurrentLinkedQueue<>();
        Queue<Double> latencies = new ConcurrentLinkedQueue<>();
        Queue<Double> lags = new ConcurrentLinkedQueue<>();
        Map<Integer, AtomicInteger> failures = new java.util.concurrent.ConcurrentHashMap<>();
        AtomicInteger lagTimeouts = new AtomicInteger();
        AtomicLong complaintSteps = new AtomicLong();
        ExecutorService lagPollers = Executors.newVirtualThreadPerTaskExecutor(); // a poller per sample, never queued
        Phaser inFlight = new Phaser(1);
        long sent = 0;
        for (long i = 0; schedule.includes(i); i++) {
            long intended = schedule.intendedStart(i);
            long wait = intended - System.nanoTime();
            if (wait > 0) {
                LockSupport.parkNanos(wait);
            }
            DemoMix.Case polled = ready.poll();
            DemoMix.Case kase = polled == null ? mix.next() : polled;
            int sequence = kase.index();
            boolean followLag = kase.kind() == DemoMix.Kind.COMPLAINT && complaintSteps.incrementAndGet() % lagEvery == 0;
            inFlight.register();
            sent++;
            commands.send(kase).whenComplete((status, failure) -> {
                long acked = System.nanoTime();
                latencies.add((acked - intended) / 1e6);
                if (status != null && status / 100 == 2) {
                    kase.advance();
                    if (followLag) {
                        lagPollers.execute(() -> follow(kase.id(), sequence, acked, lags, lagTimeouts));
                    }
                    if (!kase.done()) {
                        ready.add(kase);
                    }
                } else {
                    failures.computeIfAbsent(status == null ? 0 : status, s -> new AtomicInteger()).incrementAndGet();
                }
                inFlight.arriveAndDeregister();
            });
        }
        inFlight.arriveAndAwaitAdvance();
        lagPollers.shutdown();
        lagPollers.awaitTermination(LAG_PATIENCE.toSeconds() + 10, TimeUnit.SECONDS);
        List<Double> latencyList = List.copyOf(latencies);
        List<Double> lagList = List.copyOf(lags);
        return new OpenLoop(perSecond, sent, Percentiles.of(latencyList, 50), Percentiles.of(latencyList, 95),
                Percentiles.of(latencyList, 99), Percentiles.of(latencyList, 100), lagList.size(),
                Percentiles.of(lagList, 50), Percentiles.of(lagList, 99), Percentiles.of(lagList, 100),
                lagTimeouts.get(), counts(failures));
    }

    private void follow(String complaintId, int sequence, long acked, Queue<Double> lags, AtomicInteger timeouts) {
        long giveUp = acked + LAG_PATIENCE.toNanos();
        while (System.nanoTime() < giveUp) {
            if (views.complaintSequence(complaintId) >= sequence) {
                lags.add((System.nanoTime() - acked) / 1e6);
                return;
            }
            LockSupport.parkNanos(LAG_POLL.toNanos());
        }
        timeouts.incrementAndGet();
    }

    private static Map<String, Integer> counts(Map<Integer, AtomicInteger> failures) {
        Map<String, Integer> byStatus = new TreeMap<>();
        failures.forEach((status, count) -> byStatus.put(status == 0 ? "no answer" : String.valueOf(status),
                count.get()));
        return byStatus;
    }

    record Sustained(double commandsPerSecond, long commands, Map<String, Integer> failures, Instant from,
                     Instant to) {
    }

    record OpenLoop(double targetPerSecond, long sent, double p50Ms, double p95Ms, double p99Ms, double maxMs,
                    int lagSamples, double lagP50Ms, double lagP99Ms, double lagMaxMs, int lagTimeouts,
                    Map<String, Integer> failures) {
    }
}
