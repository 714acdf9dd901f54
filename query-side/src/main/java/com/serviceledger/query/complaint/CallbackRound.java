package com.serviceledger.query.complaint;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.serviceledger.query.view.LocalPeriod;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.time.ZoneId;

/**
 * One resolution round's callback (回訪, 002 第4篇 §7.6): every {@code ComplaintResolved} owes its own callback by
 * the local end of that day ({@code dueAt}). A round is an item of the callback on-time rate and, once called
 * back, one satisfaction score (000 §5.2), each in its own period: the score in the period of the callback
 * ({@code calledBackDate}), the on-time outcome in the period it was settled ({@code settledDate}): the callback
 * if it came in time, else the due time, where the breach settled it for good (a later callback keeps it late).
 * Stored as elements of the {@code nested} field {@value #PATH} of the complaint index.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonAutoDetect(fieldVisibility = Visibility.ANY, getterVisibility = Visibility.NONE,
        isGetterVisibility = Visibility.NONE, setterVisibility = Visibility.NONE)
@Schema(name = "ComplaintCallbackRound")
public final class CallbackRound {

    /** The nested field of the complaint document holding the rounds. */
    public static final String PATH = "callbacks";

    private Instant resolvedAt;
    private Instant dueAt;
    private Instant calledBackAt;
    private Integer satisfaction;
    private Boolean solutionAccepted;
    /** Absent while the round is open; once false (breached) it stays false. */
    private Boolean onTime;
    private boolean breached;
    /** Local date the outcome was decided: the callback in time, or the due time of the breach. */
    private String settledDate;
    private String settledMonth;
    /** Local date of this round's callback, the period its score counts in. */
    private String calledBackDate;
    private String calledBackMonth;

    /** For the JSON mappers. */
    CallbackRound() {
    }

    /** The field of a round's fact in the index ({@code callbacks.satisfaction}). */
    public static String path(String fact) {
        return PATH + "." + fact;
    }

    static CallbackRound opened(Instant resolvedAt, Instant dueAt) {
        CallbackRound round = new CallbackRound();
        round.resolvedAt = resolvedAt;
        round.dueAt = dueAt;
        return round;
    }

    boolean calledBack() {
        return calledBackAt != null;
    }

    /** Neither called back in time nor breached yet. */
    boolean open() {
        return onTime == null;
    }

    /** The callback; its verdict is the command side's, taken from the event, unless a breach came first. */
    void calledBack(Instant at, int score, boolean accepted, boolean withinTarget, ZoneId zone) {
        calledBackAt = at;
        satisfaction = score;
        solutionAccepted = accepted;
        LocalPeriod local = LocalPeriod.of(at, zone);
        calledBackDate = local.date();
        calledBackMonth = local.month();
        if (onTime == null) {
            onTime = withinTarget;
            settledDate = local.date();
            settledMonth = local.month();
        }
    }

    /** The callback deadline passed unmet: late, in the period of the due time, whatever comes later. */
    void breached(Instant due, ZoneId zone) {
        breached = true;
        onTime = false;
        if (settledDate == null) {
            LocalPeriod local = LocalPeriod.of(dueAt != null ? dueAt : due, zone);
            settledDate = local.date();
            settledMonth = local.month();
        }
    }

    boolean isDueAt(Instant due) {
        return dueAt != null && dueAt.equals(due);
    }

    public Instant resolvedAt() {
        return resolvedAt;
    }

    public Instant dueAt() {
        return dueAt;
    }

    public Instant calledBackAt() {
        return calledBackAt;
    }

    public Integer satisfaction() {
        return satisfaction;
    }

    public Boolean solutionAccepted() {
        return solutionAccepted;
    }

    public Boolean onTime() {
        return onTime;
    }

    public boolean isBreached() {
        return breached;
    }

    public String settledDate() {
        return settledDate;
    }

    public String settledMonth() {
        return settledMonth;
    }

    public String calledBackDate() {
        return calledBackDate;
    }

    public String calledBackMonth() {
        return calledBackMonth;
    }
}
