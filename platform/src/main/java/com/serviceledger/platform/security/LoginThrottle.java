package com.serviceledger.platform.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Counts failed Basic logins per user name and, separately, per client address, in memory: a name or address
 * with too many failures in the window is locked for the lockout ({@link LoginThrottleProperties}). A success
 * forgets the name's failures (not the address's: one valid account must not wipe an address's guessing record).
 * Each of the two tables holds at most {@code maxEntries}, the least recently used forgotten first; a name is
 * remembered by its first {@value #MAX_KEY_LENGTH} characters. Thread-safe; the clock is injected, for tests.
 */
public final class LoginThrottle {

    static final int MAX_KEY_LENGTH = 128;

    private final LoginThrottleProperties settings;
    private final Clock clock;
    private final Table names;
    private final Table addresses;

    public LoginThrottle(LoginThrottleProperties settings, Clock clock) {
        this.settings = settings;
        this.clock = clock;
        this.names = new Table(settings.maxFailures(), settings.maxEntries());
        this.addresses = new Table(settings.maxAddressFailures(), settings.maxEntries());
    }

    /** How long the name or the address is still locked (the longer of the two); empty when neither is. */
    public Optional<Duration> lockedFor(String name, String address) {
        Instant now = clock.instant();
        Duration longest = max(names.lockedFor(key(name), now), addresses.lockedFor(key(address), now));
        return longest.isZero() ? Optional.empty() : Optional.of(longest);
    }

    /** A failed login: counts for the name and for the address. */
    public void failed(String name, String address) {
        Instant now = clock.instant();
        names.fail(key(name), now);
        addresses.fail(key(address), now);
    }

    /** A successful login: the name's failures are forgotten. */
    public void succeeded(String name) {
        names.forget(key(name));
    }

    /** Names and addresses currently remembered (for tests of the bound). */
    int size() {
        return names.size() + addresses.size();
    }

    private static String key(String value) {
        String key = value == null ? "" : value;
        return key.length() > MAX_KEY_LENGTH ? key.substring(0, MAX_KEY_LENGTH) : key;
    }

    private static Duration max(Duration a, Duration b) {
        return a.compareTo(b) >= 0 ? a : b;
    }

    private final class Table {

        private final int maxFailures;
        private final Map<String, Count> entries;

        Table(int maxFailures, int maxEntries) {
            this.maxFailures = maxFailures;
            this.entries = new LinkedHashMap<>(16, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<String, Count> eldest) {
                    return size() > maxEntries;
                }
            };
        }

        synchronized Duration lockedFor(String key, Instant now) {
            Count entry = entries.get(key);
            if (entry == null || entry.lockedUntil == null || !entry.lockedUntil.isAfter(now)) {
                return Duration.ZERO;
            }
            return Duration.between(now, entry.lockedUntil);
        }

        synchronized void fail(String key, Instant now) {
            Count entry = entries.computeIfAbsent(key, k -> new Count(now));
            if (!now.isBefore(entry.windowStart.plus(settings.window()))) {
                entry.windowStart = now;
                entry.failures = 0;
            }
            entry.failures++;
            if (entry.failures >= maxFailures) {
                // locked; once the lockout is over, it takes another full count to lock again
                entry.lockedUntil = now.plus(settings.lockout());
                entry.windowStart = now;
                entry.failures = 0;
            }
        }

        synchronized void forget(String key) {
            entries.remove(key);
        }

        synchronized int size() {
            return entries.size();
        }
    }

    private static final class Count {
        Instant windowStart;
        int failures;
        Instant lockedUntil;

        Count(Instant windowStart) {
            this.windowStart = windowStart;
        }
    }
}
