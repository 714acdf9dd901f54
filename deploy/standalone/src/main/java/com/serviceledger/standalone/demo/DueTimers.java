package com.serviceledger.standalone.demo;

import com.github.kagkarlsson.scheduler.Scheduler;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Lets the deadline timers fall due on the simulated clock before it moves past them, so a breach or a
 * warning is recorded at its moment, ahead of the late answer that follows it, as in real time. Without
 * this the simulation would outrun the scheduler's polling and most timers would find their case answered.
 */
final class DueTimers {

    /** A timer that does not finish in time (e.g. it failed and was rescheduled) no longer holds the play up. */
    private static final Duration PATIENCE = Duration.ofSeconds(5);

    private final Scheduler scheduler;
    private final JdbcTemplate jdbc;
    private final SimulationClock clock;

    DueTimers(Scheduler scheduler, DataSource dataSource, SimulationClock clock) {
        this.scheduler = scheduler;
        this.jdbc = new JdbcTemplate(dataSource);
        this.clock = clock;
    }

    /** Fires, in order and each at its own moment, every timer due up to {@code until}. */
    void fireUpTo(Instant until) {
        for (Instant due = nextDue(until); due != null; due = nextDue(until)) {
            clock.advanceTo(due);
            scheduler.triggerCheckForDueExecutions();
            long deadline = System.nanoTime() + PATIENCE.toNanos();
            while (stillDue(due) && System.nanoTime() < deadline) {
                pause();
            }
            if (stillDue(due)) {
                return;
            }
        }
    }

    private Instant nextDue(Instant until) {
        Timestamp next = jdbc.queryForObject(
                "SELECT MIN(execution_time) FROM scheduled_tasks WHERE execution_time <= ?", Timestamp.class,
                Timestamp.from(until));
        return next == null ? null : next.toInstant();
    }

    private boolean stillDue(Instant due) {
        Integer count = jdbc.queryForObject("SELECT COUNT(*) FROM scheduled_tasks WHERE execution_time <= ?",
                Integer.class, Timestamp.from(due));
        return count != null && count > 0;
    }

    private static void pause() {
        try {
            Thread.sleep(2);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while timers fire", e);
        }
    }
}
