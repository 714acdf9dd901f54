package com.serviceledger.faults;

import java.time.Duration;

/**
 * How long a run is: {@code short} is what CI runs (a few minutes on 2 cores), {@code full} the run the
 * reliability record is made of.
 *
 * @param killCycles  kill -9 and restart cycles of a kill scenario
 * @param loadBetween the shortest and longest load before each kill (the moment is drawn from the seed)
 * @param clients     concurrent load clients
 * @param deadlineCases service requests whose delivery timers fall due while the process is down, per cycle
 * @param demoHistoryDays days the {@code demo-history} scenario simulates (the README's demo plays 90)
 */
public record Scale(String name, int killCycles, Duration loadMin, Duration loadBetween, int clients,
                    int deadlineCases, int demoHistoryDays) {

    public static final Scale SHORT = new Scale("short", 2, Duration.ofSeconds(4), Duration.ofSeconds(10), 4, 1, 28);
    public static final Scale FULL = new Scale("full", 8, Duration.ofSeconds(5), Duration.ofSeconds(25), 6, 2, 90);

    public static Scale of(String name) {
        return switch (name) {
            case "short" -> SHORT;
            case "full" -> FULL;
            default -> throw new IllegalArgumentException("--scale must be short or full, not " + name);
        };
    }
}
