package com.serviceledger.faults;

import com.serviceledger.bench.load.CommandClient;
import com.serviceledger.bench.load.CommandClient.Answer;
import com.serviceledger.bench.load.DemoMix;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.SplittableRandom;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Concurrent clients driving the demo mix (complaint and service-request lifecycles, ratings, inspections and the
 * rectification of their failed items) over real HTTP, recording every outcome. Each command carries its own
 * {@code Idempotency-Key} and {@code X-Correlation-Id}; a 2xx is an {@link Ack}, any other answer a
 * {@link Refusal}. A command that gets no answer (the process died under it) is in doubt: the client keeps it and,
 * once the load is {@link #resume resumed} at the restarted process, retries it with the same key and correlation
 * until it is answered: one effect either way.
 * <p>
 * Two deliberate stress cases ride along: the same non-repeatable step of one case (forward, assign) sent by two
 * clients at once (one must win, the other get 409), and retries of acknowledged commands with their key (the
 * first outcome again, flagged {@code Idempotent-Replayed}).
 */
public final class RecordingLoad {

    /** Shares (in 1/100) of the commands that are raced by two clients, or deliberately sent again. */
    private static final int RACE_PERCENT = 25;
    private static final int REPLAY_PERCENT = 5;
    private static final Duration RETRY_PAUSE = Duration.ofMillis(300);
    private static final int RACED_STEP = 1;
    /** How long a step on a case the relay opens waits for it (404 until then) before it counts as refused. */
    private static final Duration RELAY_PATIENCE = Duration.ofSeconds(30);
    private static final Pattern OPENED = Pattern.compile("\"rectificationIds\":\\[([^\\]]*)\\]");

    private final DemoMix mix;
    private final SplittableRandom dice;
    private final String runId;
    private final int clients;
    private final AtomicLong counter = new AtomicLong();
    private final Queue<Ack> acks = new ConcurrentLinkedQueue<>();
    private final Queue<Refusal> refusals = new ConcurrentLinkedQueue<>();
    private final Map<String, LongAdder> refusalsByStatus = new ConcurrentHashMap<>();
    private final LongAdder inDoubt = new LongAdder();
    private final LongAdder tookEffectBefore = new LongAdder();
    private final LongAdder appliedOnRetry = new LongAdder();
    private final LongAdder refusedOnRetry = new LongAdder();
    private final LongAdder unsettled = new LongAdder();
    private final LongAdder replaysSent = new LongAdder();
    private final LongAdder replayed = new LongAdder();
    private final LongAdder notReplayed = new LongAdder();
    private final LongAdder raced = new LongAdder();
    private final LongAdder oneWon = new LongAdder();
    private final LongAdder bothAcknowledged = new LongAdder();
    private final LongAdder noneWon = new LongAdder();
    private final LongAdder relayWaits = new LongAdder();
    private final List<String> anomalies = java.util.Collections.synchronizedList(new ArrayList<>());
    private final List<Thread> threads = new ArrayList<>();
    private final Object gate = new Object();
    private volatile CommandClient client;
    private volatile boolean paused;
    private volatile boolean running;
    /** While true, a stopping client still retries the command it holds in doubt. */
    private volatile boolean settling = true;
    /** Counts resumes: a client holding a command in doubt retries it once the epoch moved on. */
    private volatile long epoch;

    /**
     * @param runId distinguishes this run's keys and correlation ids from any other run's on the same store
     */
    public RecordingLoad(long seed, int clients, String runId) {
        this.mix = new DemoMix(seed, true);
        this.dice = new SplittableRandom(seed ^ 0x5DEECE66DL);
        this.clients = clients;
        this.runId = runId;
    }

    /** Starts the clients against {@code baseUrl}. */
    public RecordingLoad start(String baseUrl) {
        pointAt(baseUrl);
        running = true;
        for (int i = 0; i < clients; i++) {
            Thread thread = Thread.ofPlatform().name("fault-load-" + i).daemon().start(this::drive);
            threads.add(thread);
        }
        return this;
    }

    /** Sends every following command (and every retry) to another process, e.g. the restarted one. */
    public void pointAt(String baseUrl) {
        client = new CommandClient(baseUrl);
    }

    /** Clients stop sending new commands (the one in flight still finishes or fails) until {@link #resume}. */
    public void pause() {
        paused = true;
    }

    /** Clients go on; those holding a command in doubt retry it first. */
    public void resume() {
        synchronized (gate) {
            epoch++;
            paused = false;
            gate.notifyAll();
        }
    }

    /**
     * Stops the clients after their current case step; commands still in doubt are retried (the process must be
     * up) for up to {@code settle} before they count as unsettled.
     */
    public LoadSummary stop(Duration settle) throws InterruptedException {
        resume();
        running = false;
        long deadline = System.nanoTime() + settle.toNanos();
        for (Thread thread : threads) {
            thread.join(Math.max(1, TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime())));
        }
        settling = false;
        for (Thread thread : threads) {
            thread.join();
        }
        return summary();
    }

    public LoadSummary summary() {
        Map<String, Long> byStatus = new java.util.TreeMap<>();
        refusalsByStatus.forEach((status, count) -> byStatus.put(status, count.sum()));
        return new LoadSummary(List.copyOf(acks), List.copyOf(refusals), byStatus,
                new ScenarioResult.InDoubt(inDoubt.sum(), tookEffectBefore.sum(), appliedOnRetry.sum(),
                        refusedOnRetry.sum(), unsettled.sum()),
                new ScenarioResult.Replays(replaysSent.sum(), replayed.sum(), notReplayed.sum()),
                new ScenarioResult.Races(raced.sum(), oneWon.sum(), bothAcknowledged.sum(), noneWon.sum()),
                relayWaits.sum(), List.copyOf(anomalies));
    }

    /**
     * Sends the next {@code steps} steps of one case from the caller's thread, recorded like the load's own
     * (a scenario's probe cases, e.g. service requests planned to fall due during a kill).
     *
     * @return whether every step was acknowledged
     */
    public boolean drive(DemoMix.Case kase, int steps) {
        for (int i = 0; i < steps && !kase.done(); i++) {
            if (!step(kase, false)) {
                return false;
            }
        }
        return true;
    }

    private void drive() {
        DemoMix.Case kase = null;
        while (running) {
            if (!awaitGate()) {
                return;
            }
            if (kase == null || kase.done()) {
                kase = mix.next();
            }
            boolean race = kase.index() == RACED_STEP && (kase.kind() == DemoMix.Kind.COMPLAINT
                    || kase.kind() == DemoMix.Kind.SERVICE_REQUEST) && roll(RACE_PERCENT);
            if (!(race ? race(kase) : step(kase, true))) {
                kase = null;
            }
        }
    }

    /** Sends the case's current step; true when acknowledged (the case advanced), false when refused or given up. */
    private boolean step(DemoMix.Case kase, boolean mayReplay) {
        Command command = command(kase);
        Settled settled = settle(command, send(command));
        if (settled != null && kase.step().openedCase() != null) {
            settled = awaitOpened(command, settled);
        }
        if (settled == null) {
            return false;
        }
        Answer answer = settled.answer;
        boolean doubted = settled.doubted;
        boolean replayedAnswer = "true".equalsIgnoreCase(answer.header("Idempotent-Replayed"));
        if (answer.status() / 100 == 2) {
            if (kase.id() == null) {
                String id = CommandClient.caseId(answer.body());
                if (id == null) {
                    anomalies.add("no case id in the answer to " + command.path + ": " + answer.body());
                    return false;
                }
                kase.identify(id);
            }
            if (doubted) {
                (replayedAnswer ? tookEffectBefore : appliedOnRetry).increment();
            }
            acks.add(new Ack(command.correlationId, command.key, command.path, kase.target(), doubted, replayedAnswer,
                    opened(answer.body())));
            if (mayReplay && roll(REPLAY_PERCENT)) {
                replay(command, answer, kase.id());
            }
            kase.advance();
            return true;
        }
        count(answer.status());
        if (doubted) {
            refusedOnRetry.increment();
        }
        refusals.add(new Refusal(command.correlationId, command.key, command.path, answer.status(), doubted));
        if (answer.status() / 100 == 5) {
            anomalies.add(answer.status() + " for " + command.path + ": " + abbreviate(answer.body()));
        }
        return false;
    }

    /**
     * Retries a command that got no answer (in doubt) or a 503 with its key and correlation until it is answered
     * otherwise; null when the load stopped first (then it counts as unsettled).
     */
    private Settled settle(Command command, Answer first) {
        Answer answer = first;
        boolean doubted = false;
        while (answer.status() == 0 || answer.status() == 503) {
            if (answer.status() == 503) {
                count(503);
            } else if (!doubted) {
                doubted = true;
                inDoubt.increment();
            }
            if (!awaitRetry()) {
                if (doubted) {
                    unsettled.increment();
                    anomalies.add("unsettled in doubt: " + command.path + " (" + command.correlationId + ")");
                }
                return null;
            }
            answer = send(command);
        }
        return new Settled(answer, doubted);
    }

    private record Settled(Answer answer, boolean doubted) {
    }

    /**
     * A step on a case the command side's relay opens (a rectification) answers 404 until the relay has opened it:
     * the step is sent again, same key, until it is there; a 404 leaves nothing. Null when the load stopped.
     */
    private Settled awaitOpened(Command command, Settled first) {
        Settled settled = first;
        long deadline = System.nanoTime() + RELAY_PATIENCE.toNanos();
        boolean doubted = first.doubted;
        while (settled != null && settled.answer.status() == 404 && System.nanoTime() < deadline) {
            relayWaits.increment();
            if (!awaitRetry()) {
                return null;
            }
            settled = settle(command, send(command));
            doubted |= settled != null && settled.doubted;
        }
        if (settled != null && settled.answer.status() == 404) {
            anomalies.add("not opened by the relay within " + RELAY_PATIENCE + ": " + command.path);
        }
        return settled == null ? null : new Settled(settled.answer, doubted);
    }

    /** The cases an answer says the command side opens from this one (an inspection's rectification ids). */
    static List<String> opened(String body) {
        Matcher ids = OPENED.matcher(body == null ? "" : body);
        if (!ids.find() || ids.group(1).isBlank()) {
            return List.of();
        }
        return Arrays.stream(ids.group(1).split(",")).map(id -> id.trim().replace("\"", "")).toList();
    }

    /** The acknowledged command again with its key and body: the first outcome, flagged, and nothing stored. */
    private void replay(Command command, Answer first, String caseId) {
        replaysSent.increment();
        Answer again = send(command);
        String againId = CommandClient.caseId(again.body());
        boolean sameOutcome = again.status() == first.status() && (CommandClient.caseId(first.body()) == null
                || caseId.equals(againId));
        if (sameOutcome && "true".equalsIgnoreCase(again.header("Idempotent-Replayed"))) {
            replayed.increment();
        } else if (again.status() != 0 && again.status() != 503) {
            // no answer, or 503 while the store is out of reach (db-outage): the replay proves nothing either way
            notReplayed.increment();
            anomalies.add("retry of acknowledged " + command.path + " answered " + again.status() + " "
                    + again.headers().keySet() + " " + abbreviate(again.body()));
        }
    }

    /**
     * Two clients send the case's current step at once, each with its own key: exactly one may be acknowledged,
     * the other must get 409. The case goes on if one won.
     */
    private boolean race(DemoMix.Case kase) {
        raced.increment();
        Command first = command(kase);
        Command second = command(kase);
        CompletableFuture<Answer> a = CompletableFuture.supplyAsync(() -> send(first));
        Answer b = send(second);
        Answer answerA = a.join();
        int won = 0;
        for (var pair : List.of(Map.entry(first, answerA), Map.entry(second, b))) {
            Command command = pair.getKey();
            // no answer: the process died under the race; the retry with its key settles it
            Settled settled = settle(command, pair.getValue());
            if (settled == null) {
                continue;
            }
            Answer answer = settled.answer;
            boolean replayedAnswer = "true".equalsIgnoreCase(answer.header("Idempotent-Replayed"));
            if (answer.status() / 100 == 2) {
                won++;
                if (settled.doubted) {
                    (replayedAnswer ? tookEffectBefore : appliedOnRetry).increment();
                }
                acks.add(new Ack(command.correlationId, command.key, command.path, kase.target(), settled.doubted,
                        replayedAnswer, opened(answer.body())));
            } else {
                count(answer.status());
                if (settled.doubted) {
                    refusedOnRetry.increment();
                }
                refusals.add(new Refusal(command.correlationId, command.key, command.path, answer.status(),
                        settled.doubted));
            }
        }
        if (won == 1) {
            oneWon.increment();
            kase.advance();
            return true;
        }
        if (won == 2) {
            bothAcknowledged.increment();
            anomalies.add("both racing commands acknowledged: " + first.path);
        } else {
            noneWon.increment();
        }
        return false;
    }

    private Command command(DemoMix.Case kase) {
        long n = counter.incrementAndGet();
        DemoMix.Step step = kase.step();
        return new Command(kase.path(), step.user(), step.body(), runId + "-k" + n, runId + "-c" + n);
    }

    /** Waits while paused; false once stopped. */
    private boolean awaitGate() {
        synchronized (gate) {
            while (paused && running) {
                try {
                    gate.wait(200);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return false;
                }
            }
        }
        return running;
    }

    /**
     * Waits before a retry: until the load is resumed at a (restarted) process, or a short pause when it is not
     * paused (a refused connection during start-up). False when the load stopped and settling is over.
     */
    private boolean awaitRetry() {
        long seen = epoch;
        long until = System.nanoTime() + RETRY_PAUSE.toNanos();
        synchronized (gate) {
            while ((paused || System.nanoTime() < until) && epoch == seen) {
                if (!settling) {
                    return false;
                }
                try {
                    gate.wait(50);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return false;
                }
            }
        }
        return settling;
    }

    private boolean roll(int percent) {
        synchronized (dice) {
            return dice.nextInt(100) < percent;
        }
    }

    /** The command with its key, correlation and client id; status 0 when no answer came. */
    private Answer send(Command command) {
        return client.post(command.path, command.user, command.body, command.headers());
    }

    private void count(int status) {
        refusalsByStatus.computeIfAbsent(String.valueOf(status), s -> new LongAdder()).increment();
    }

    private static String abbreviate(String text) {
        return text == null || text.length() <= 300 ? text : text.substring(0, 300) + "…";
    }

    private record Command(String path, String user, String body, String key, String correlationId) {

        Map<String, String> headers() {
            return Map.of("Idempotency-Key", key, "X-Correlation-Id", correlationId, "X-Client-Id", "fault-run");
        }
    }

    /**
     * What the load sent and how each command ended.
     *
     * @param relayWaits times a step on a relay-opened case was sent again because the case was not open yet
     */
    public record LoadSummary(List<Ack> acks, List<Refusal> refusals, Map<String, Long> refusalsByStatus,
                              ScenarioResult.InDoubt inDoubt, ScenarioResult.Replays replays,
                              ScenarioResult.Races races, long relayWaits, List<String> anomalies) {

        /** A scenario that sends no load over HTTP (the demo history plays its commands in the process). */
        public static final LoadSummary NONE = new LoadSummary(List.of(), List.of(), Map.of(),
                ScenarioResult.InDoubt.NONE, ScenarioResult.Replays.NONE, ScenarioResult.Races.NONE, 0, List.of());
    }
}
