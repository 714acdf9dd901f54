package com.serviceledger.command.privacy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * A sliding-window limit on clear reads per user, in this instance's memory. A disclosure reserves a slot
 * before it is sent (so parallel requests cannot all pass one check) and gives it back when it fails: only a
 * disclosure that returned the contact counts, a refused one (404, 409, 410, 429...) does not. Time comes from
 * the injected {@link Clock}.
 */
@Component
class DisclosureLimit {

    private final DisclosureLimitProperties properties;
    private final Clock clock;
    /** Per user, the moments of the disclosures within the window (reserved or done), oldest first. */
    private final Map<String, Deque<Slot>> slots = new ConcurrentHashMap<>();

    DisclosureLimit(DisclosureLimitProperties properties, Clock clock) {
        this.properties = properties;
        this.clock = clock;
    }

    /** A place in a user's budget, held from before the disclosure is sent until it is known to have failed. */
    static final class Slot {
        private final String user;
        private final Instant at;

        private Slot(String user, Instant at) {
            this.user = user;
            this.at = at;
        }
    }

    /**
     * @return the slot to give back with {@link #release} if the disclosure fails
     * @throws TooManyDisclosures when the user's budget is spent, with the seconds until a slot frees up
     */
    Slot reserve(String user) {
        Instant now = clock.instant();
        Slot[] reserved = new Slot[1];
        Duration[] wait = new Duration[1];
        slots.compute(user, (name, held) -> {
            Deque<Slot> window = held == null ? new ArrayDeque<>() : held;
            Instant start = now.minus(properties.window());
            while (!window.isEmpty() && !window.peekFirst().at.isAfter(start)) {
                window.pollFirst();
            }
            if (window.size() >= properties.perUser()) {
                wait[0] = Duration.between(now, window.peekFirst().at.plus(properties.window()));
            } else {
                reserved[0] = new Slot(name, now);
                window.addLast(reserved[0]);
            }
            return window.isEmpty() ? null : window;
        });
        if (reserved[0] == null) {
            throw new TooManyDisclosures(properties, retryAfterSeconds(wait[0]));
        }
        return reserved[0];
    }

    /** Gives a failed disclosure's slot back. */
    void release(Slot slot) {
        slots.computeIfPresent(slot.user, (name, window) -> {
            for (Iterator<Slot> it = window.iterator(); it.hasNext(); ) {
                if (it.next() == slot) {
                    it.remove();
                    break;
                }
            }
            return window.isEmpty() ? null : window;
        });
    }

    /** Whole seconds, rounded up, at least 1 and at most the window (a clock set back must not block longer). */
    private long retryAfterSeconds(Duration wait) {
        long windowSeconds = Math.max(1, (properties.window().toMillis() + 999) / 1000);
        long seconds = (wait.toMillis() + 999) / 1000;
        return Math.clamp(seconds, 1, windowSeconds);
    }
}
