package com.serviceledger.query.complaint;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.serviceledger.query.view.LocalPeriod;
import java.time.Instant;
import java.time.ZoneId;

/**
 * How one timed promise of a complaint stands. {@code onTime} is absent while the outcome is open;
 * once false it stays false: a breach, or a miss in an earlier round, is not undone by meeting the
 * target later.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonAutoDetect(fieldVisibility = Visibility.ANY, getterVisibility = Visibility.NONE,
        isGetterVisibility = Visibility.NONE, setterVisibility = Visibility.NONE)
public final class SlaFacts {

    private Instant dueAt;
    private Instant metAt;
    private Boolean onTime;
    /**
     * Local date (yyyy-MM-dd) the outcome was decided: met, or the deadline passed unmet, whichever came
     * first. On-time rates count a promise in the period of this date; a breach fixes it for good, so a
     * late fulfilment never moves the promise to a later period.
     */
    private String settledDate;
    /** Local month of {@code settledDate} ({@code yyyy-MM}), the keyword monthly on-time counts group on. */
    private String settledMonth;
    private boolean breached;
    private int warnings;
    private Integer lastWarningPercent;

    void due(Instant due) {
        if (due != null) {
            dueAt = due;
        }
    }

    /** The first fulfilment counts; the verdict is the command side's, taken from the event. */
    void met(Instant at, boolean withinTarget, ZoneId zone) {
        if (metAt != null) {
            return;
        }
        metAt = at;
        onTime = withinTarget && !breached && !Boolean.FALSE.equals(onTime);
        settle(at, zone);
    }

    void warned(int percentElapsed, Instant due) {
        due(due);
        warnings++;
        lastWarningPercent = percentElapsed;
    }

    void breached(Instant due, ZoneId zone) {
        due(due);
        breached = true;
        onTime = false;
        settle(dueAt, zone);
    }

    /** The case was closed without the promise being kept: not on time, in the period already settled, or now. */
    void notCompletedOnTime(Instant at, ZoneId zone) {
        onTime = false;
        settle(at, zone);
    }

    /** The promise must be kept again (reopened case, or a new resolution round). */
    void reopen(Instant newDue) {
        metAt = null;
        if (!Boolean.FALSE.equals(onTime)) {
            // the outcome is open again: it will be settled by the next fulfilment or breach
            onTime = null;
            settledDate = null;
            settledMonth = null;
        }
        due(newDue);
    }

    private void settle(Instant at, ZoneId zone) {
        if (settledDate == null && at != null) {
            LocalPeriod settled = LocalPeriod.of(at, zone);
            settledDate = settled.date();
            settledMonth = settled.month();
        }
    }

    public Instant dueAt() {
        return dueAt;
    }

    public Instant metAt() {
        return metAt;
    }

    public Boolean onTime() {
        return onTime;
    }

    public boolean isBreached() {
        return breached;
    }

    public int warnings() {
        return warnings;
    }

    public String settledDate() {
        return settledDate;
    }

    public String settledMonth() {
        return settledMonth;
    }

    public Integer lastWarningPercent() {
        return lastWarningPercent;
    }
}
