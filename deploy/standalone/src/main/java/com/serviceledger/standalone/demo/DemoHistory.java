package com.serviceledger.standalone.demo;

import com.serviceledger.kernel.common.MetadataKeys;
import com.serviceledger.kernel.demo.DemoCatalog;
import com.serviceledger.kernel.demo.DemoCatalog.Staff;
import com.serviceledger.kernel.demo.DemoCatalog.Unit;
import com.serviceledger.kernel.inspection.RecordRectification;
import com.serviceledger.kernel.scoring.NominateServiceStar;
import com.serviceledger.kernel.scoring.StarBoardId;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.MetaData;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Plays months of plausible activity into an empty system through the real command gateway, on the
 * {@link SimulationClock}: every complaint, request, inspection and rating is decided by the aggregates,
 * timed by the real deadline scheduler and projected by the real processors, exactly as live traffic
 * would be, only compressed in time. What fails a rule is counted and skipped, as a clerk's mistake would be.
 */
public class DemoHistory {

    static final String PRINCIPAL = "system:demo-history";
    private static final Logger log = LoggerFactory.getLogger(DemoHistory.class);
    /** The inspection relay raises rectifications asynchronously; wait this long for one to exist. */
    private static final Duration RELAY_PATIENCE = Duration.ofSeconds(10);
    /** Mixed into the seed of the emergency script's own dice. */
    private static final long EMERGENCY_SEED = 0x8E3A;

    private final CommandGateway commands;
    private final EventStore events;
    private final SimulationClock clock;
    private final DemoOrganisation organisation;
    private final DemoHistoryProperties properties;
    private final DueTimers timers;
    private final CompletableFuture<Summary> finished = new CompletableFuture<>();

    DemoHistory(CommandGateway commands, EventStore events, SimulationClock clock, DemoOrganisation organisation,
                DemoHistoryProperties properties, DueTimers timers) {
        this.timers = timers;
        this.commands = commands;
        this.events = events;
        this.clock = clock;
        this.organisation = organisation;
        this.properties = properties;
    }

    /** The outcome: commands played and rejected (by reason). */
    public record Summary(int played, Map<String, Integer> rejected, Duration took) {
    }

    /** Completes when {@link #generate()} has run: with its summary, or null when nothing was generated. */
    public CompletableFuture<Summary> finished() {
        return finished;
    }

    /** @return null when the organisation existed already (history only goes into an empty system) */
    public Summary generate() {
        try {
            Summary summary = simulate();
            finished.complete(summary);
            return summary;
        } catch (RuntimeException e) {
            log.error("Demo history failed", e);
            finished.completeExceptionally(e);
            throw e;
        }
    }

    private Summary simulate() {
        long started = System.nanoTime();
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, ZoneId.of("Asia/Shanghai"));
        LocalDate first = today.minusDays(properties.historyDays());
        clock.rewindTo(first.minusDays(1).atTime(LocalTime.NOON).atZone(ZoneId.of("Asia/Shanghai")).toInstant());
        try {
            if (!organisation.seed()) {
                log.warn("The demo organisation exists already: demo history is only generated into an empty data "
                        + "directory");
                return null;
            }
            Timeline timeline = plan(first, today, now);
            log.info("Simulating {} days of demo activity ({} commands) from {}", properties.historyDays(),
                    timeline.size(), first);
            Summary summary = play(timeline, started);
            log.info("Demo history done: {} commands in {} s, {} rejected by the rules {}", summary.played(),
                    summary.took().toSeconds(), summary.rejected().values().stream().mapToInt(Integer::intValue).sum(),
                    summary.rejected());
            return summary;
        } finally {
            clock.catchUp();
        }
    }

    private Timeline plan(LocalDate first, LocalDate today, Instant horizon) {
        Timeline timeline = new Timeline(horizon);
        Dice dice = new Dice(properties.seed());
        ComplaintScript complaints = new ComplaintScript(dice, timeline);
        ServiceRequestScript requests = new ServiceRequestScript(dice, timeline);
        RatingScript ratings = new RatingScript(dice, timeline);
        InspectionScript inspections = new InspectionScript(dice, timeline);
        Map<String, Set<String>> blamedByMonth = new HashMap<>();
        for (LocalDate day = first; !day.isAfter(today); day = day.plusDays(1)) {
            boolean weekend = day.getDayOfWeek().getValue() >= 6;
            double load = weekend ? 0.4 : 1.0;
            for (Unit unit : DemoCatalog.subsidiaries()) {
                for (int i = dice.count(properties.complaintsPerDay() * load); i > 0; i--) {
                    Staff blamed = complaints.plan(unit, day);
                    if (blamed != null) {
                        blamedByMonth.computeIfAbsent(YearMonth.from(day).toString(), m -> new HashSet<>())
                                .add(blamed.staffId());
                    }
                }
                for (int i = dice.count(properties.serviceRequestsPerDay() * load); i > 0; i--) {
                    requests.plan(unit, day);
                }
                for (int i = dice.count(properties.ratingsPerDay() * load); i > 0; i--) {
                    ratings.plan(unit, day);
                }
                inspections.plan(unit, day);
                if (day.getDayOfMonth() == 2 && !day.equals(first.plusDays(1))) {
                    nominateStars(timeline, dice, unit, day,
                            blamedByMonth.getOrDefault(YearMonth.from(day).minusMonths(1).toString(), Set.of()));
                }
            }
        }
        // three weeks before today, so the console and Kibana show a revised plan, a reviewed incident and the action
        LocalDate emergencyDay = today.minusDays(21).isAfter(first) ? today.minusDays(21) : first.plusDays(1);
        EmergencyScript emergencies = new EmergencyScript(new Dice(properties.seed() ^ EMERGENCY_SEED), timeline);
        DemoCatalog.subsidiaries().forEach(unit -> emergencies.plan(unit, emergencyDay));
        return timeline;
    }

    /** Each business department's manager names last month's service star (002 第5篇), a blameless one. */
    private static void nominateStars(Timeline timeline, Dice dice, Unit unit, LocalDate day, Set<String> blamed) {
        String month = YearMonth.from(day).minusMonths(1).toString();
        for (String department : unit.frontLine().stream().map(Staff::departmentId).distinct().toList()) {
            var candidates = unit.frontLine().stream()
                    .filter(s -> s.departmentId().equals(department) && !blamed.contains(s.staffId())).toList();
            if (!candidates.isEmpty() && dice.chance(0.8)) {
                String board = StarBoardId.of(unit.subsidiaryId(), department);
                timeline.at(day.atTime(10, 0).atZone(ZoneId.of(unit.timeZone())).toInstant(), board,
                        new NominateServiceStar(board, unit.subsidiaryId(), department, month,
                                dice.pick(candidates).staffId()));
            }
        }
    }

    private Summary play(Timeline timeline, long started) {
        Map<String, Integer> rejected = new TreeMap<>();
        int played = 0;
        int total = timeline.size();
        int done = 0;
        for (Timeline.Step step = timeline.next(); step != null; step = timeline.next()) {
            timers.fireUpTo(step.at());
            clock.advanceTo(step.at());
            String failure = send(step.command());
            if (failure == null) {
                played++;
            } else {
                rejected.merge(step.command().getClass().getSimpleName() + ": " + failure, 1, Integer::sum);
            }
            if (++done % 5000 == 0) {
                log.info("Demo history: {} of {} commands, simulated time {}", done, total, clock.instant());
            }
        }
        return new Summary(played, rejected, Duration.ofNanos(System.nanoTime() - started));
    }

    /** @return null when accepted, else the reason it was not */
    private String send(Object command) {
        if (command instanceof RecordRectification rectification) {
            awaitRaised(rectification.rectificationId());
        }
        try {
            commands.sendAndWait(GenericCommandMessage.asCommandMessage(command)
                    .andMetaData(MetaData.with(MetadataKeys.PRINCIPAL, PRINCIPAL)
                            .and(MetadataKeys.CLIENT, "demo-generator")));
            return null;
        } catch (RuntimeException e) {
            Throwable cause = rootCause(e);
            log.debug("Demo command {} not accepted: {}", command, cause.toString());
            return cause.getClass().getSimpleName();
        }
    }

    /** The inspection relay raises rectifications asynchronously; a clerk would wait for the work order too. */
    private void awaitRaised(String rectificationId) {
        long patience = System.nanoTime() + RELAY_PATIENCE.toNanos();
        while (events.lastSequenceNumberFor(rectificationId).isEmpty() && System.nanoTime() < patience) {
            sleep();
        }
    }

    private static Throwable rootCause(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause;
    }

    private static void sleep() {
        try {
            Thread.sleep(20);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the inspection relay", e);
        }
    }
}
