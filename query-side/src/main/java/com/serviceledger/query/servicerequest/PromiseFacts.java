package com.serviceledger.query.servicerequest;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.serviceledger.query.view.LocalPeriod;
import java.time.Instant;
import java.time.ZoneId;

/**
 * How one timed promise of a service request stands (first response, delivery). {@code onTime} is absent
 * while open; once false it stays false: a breach, or a late delivery that was then rejected, is not undone
 * by keeping the promise later.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonAutoDetect(fieldVisibility = Visibility.ANY, getterVisibility = Visibility.NONE,
        isGetterVisibility = Visibility.NONE, setterVisibility = Visibility.NONE)
public final class PromiseFacts {

    private Instant dueAt;
    private Instant metAt;
    private Boolean onTime;
    /**
     * Local date (yyyy-MM-dd) the outcome was decided: delivered, or the deadline passed unmet, whichever
     * came first. On-time rates count the promise in that period; a breach fixes it for good.
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

    /** The verdict is the command side's, taken from the event. */
    void met(Instant at, boolean withinTarget, ZoneId zone) {
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

    /** The promise must be kept again (the delivery was rejected). */
    void reopen() {
        metAt = null;
        if (!Boolean.FALSE.equals(onTime)) {
            // the outcome is open again: the next delivery or breach settles it
            onTime = null;
            settledDate = null;
            settledMonth = null;
        }
    }

    private void settle(Instant at, ZoneId zone) {
        if (settledDate == null && at != null) {
            LocalPeriod settled = LocalPeriod.of(at, zone);
            settledDate = settled.date();
            settledMonth = settled.month();
        }
    }

    public String settledDate() {
        return settledDate;
    }

    public String settledMonth() {
        return settledMonth;
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
}
