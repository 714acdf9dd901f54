package com.serviceledger.faults;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What one scenario did and found. The run fails when {@link #failures()} is not empty: an acknowledged command
 * whose events are missing or doubled, a refused command that stored something, a broken hash chain, a view
 * document that differs from the fold of the store, a deadline lost or fired twice, a 5xx other than 503.
 *
 * @param faultsInjected       kills, cuts, stalls … each counted once
 * @param commandsAcknowledged commands answered 2xx (first answers and settled retries)
 * @param commandsInDoubt      sent, then no answer because of the fault, and how their retries settled
 * @param refusals             answers other than 2xx by status ("409", "503" …), retries included
 * @param documentsPerView     documents read from each view's alias (each compared with the fold)
 * @param differences          the first few view differences and store findings, for the report
 * @param excludedFields       document fields left out of the comparison, and why
 * @param notifications        webhook notifications of the store's events: expected, received, lost
 */
public record ScenarioResult(String name, int faultsInjected, long commandsAcknowledged, InDoubt commandsInDoubt,
                             Map<String, Long> refusals, Replays replays, Races races, long eventsInStore,
                             long eventsLost, long eventsDuplicated, long refusedButStored, long chainBroken,
                             long documentsCompared, long documentsMismatched, Map<String, Long> documentsPerView,
                             List<String> differences,
                             List<String> excludedFields, Deadlines deadlines, Duration duration, List<String> notes,
                             Notifications notifications) {

    /**
     * The usual assembly: what the load recorded, what the store and view checks found, the deadline probe's
     * count; the load's anomalies, the fold's problems and the processors' dead letters go to the notes.
     */
    public static ScenarioResult of(String name, int faultsInjected, RecordingLoad.LoadSummary load,
                                    StoreCheck.Findings store, ViewCheck.Findings views, Deadlines deadlines,
                                    Duration duration, List<String> notes) {
        List<String> differences = new ArrayList<>(store.examples());
        differences.addAll(views.differences());
        List<String> allNotes = new ArrayList<>(notes);
        allNotes.add("rectifications waited for the relay to open them: " + load.relayWaits() + " times");
        load.anomalies().stream().limit(20).forEach(a -> allNotes.add("load: " + a));
        views.foldProblems().stream().limit(20).forEach(p -> allNotes.add("fold: " + p));
        return new ScenarioResult(name, faultsInjected, load.acks().size(), load.inDoubt(), load.refusalsByStatus(),
                load.replays(), load.races(), store.events(), store.eventsLost(), store.eventsDuplicated(),
                store.refusedButStored(), store.chainBroken(), views.documentsCompared(), views.documentsMismatched(),
                views.perView(), differences, views.excludedFields(), deadlines, duration, allNotes,
                Notifications.NONE);
    }

    /** The same result with the notifications checked. */
    public ScenarioResult withNotifications(Notifications checked) {
        return new ScenarioResult(name, faultsInjected, commandsAcknowledged, commandsInDoubt, refusals, replays,
                races, eventsInStore, eventsLost, eventsDuplicated, refusedButStored, chainBroken, documentsCompared,
                documentsMismatched, documentsPerView, differences, excludedFields, deadlines, duration, notes,
                checked);
    }

    /** The same result with other refusals (a split run adds the reads' answers during its faults). */
    public ScenarioResult withRefusals(Map<String, Long> otherRefusals) {
        return new ScenarioResult(name, faultsInjected, commandsAcknowledged, commandsInDoubt, otherRefusals, replays,
                races, eventsInStore, eventsLost, eventsDuplicated, refusedButStored, chainBroken, documentsCompared,
                documentsMismatched, documentsPerView, differences, excludedFields, deadlines, duration, notes,
                notifications);
    }

    /** Commands that got no answer; each was retried with its Idempotency-Key until it got one. */
    public record InDoubt(long sent, long tookEffectBefore, long appliedOnRetry, long refusedOnRetry,
                          long unsettled) {

        public static final InDoubt NONE = new InDoubt(0, 0, 0, 0, 0);
    }

    /** Deliberate retries of acknowledged commands with the same key: one effect, flagged Idempotent-Replayed. */
    public record Replays(long sent, long replayed, long notReplayed) {

        public static final Replays NONE = new Replays(0, 0, 0);
    }

    /** The same step of one case sent by two clients at once: one wins, the loser gets 409, nothing is lost. */
    public record Races(long raced, long oneWon, long bothAcknowledged, long noneWon) {

        public static final Races NONE = new Races(0, 0, 0, 0);
    }

    /**
     * Timer checkpoints (warnings and breaches) of the service requests planned to fall due during downtime.
     *
     * @param checkpoints       expected checkpoints
     * @param dueDuringDowntime of them, due while the process was down
     */
    public record Deadlines(long checkpoints, long dueDuringDowntime, long firedOnce, long firedTwice, long lost) {

        public static final Deadlines NONE = new Deadlines(0, 0, 0, 0, 0);
    }

    /**
     * Webhook notifications of the store's notifying events (at least once each; a repeat carries the same id).
     *
     * @param expected      events that must have been told
     * @param received      of them, received at least once
     * @param repeats       receipts of a notification already received
     * @param badSignatures requests whose signature did not verify
     */
    public record Notifications(long expected, long received, long lost, long repeats, long badSignatures) {

        public static final Notifications NONE = new Notifications(0, 0, 0, 0, 0);
    }

    /** The findings that make the run fail; empty when the scenario passed. */
    @JsonProperty
    public List<String> failures() {
        List<String> failures = new ArrayList<>();
        check(failures, eventsLost, "acknowledged commands without their events");
        check(failures, eventsDuplicated, "events stored more than once");
        check(failures, refusedButStored, "refused commands that stored events");
        check(failures, chainBroken, "cases whose hash chain is broken");
        check(failures, documentsMismatched, "view documents that differ from the fold");
        check(failures, deadlines.firedTwice(), "deadline checkpoints fired twice");
        check(failures, deadlines.lost(), "deadline checkpoints lost");
        check(failures, replays.notReplayed(), "retries of acknowledged commands not answered as replays");
        check(failures, races.bothAcknowledged(), "races in which both commands were acknowledged");
        check(failures, notifications.lost(), "notifications lost");
        check(failures, notifications.badSignatures(), "webhook requests with a bad signature");
        refusals.forEach((status, count) -> {
            if (status.startsWith("5") && !status.equals("503")) {
                check(failures, count, "answers " + status);
            }
        });
        return failures;
    }

    @JsonProperty
    public boolean passed() {
        return failures().isEmpty();
    }

    private static void check(List<String> failures, long count, String what) {
        if (count != 0) {
            failures.add(count + " " + what);
        }
    }
}
