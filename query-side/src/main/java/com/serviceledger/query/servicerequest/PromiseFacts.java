package com.serviceledger.query.servicerequest;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;

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
    private boolean breached;
    private int warnings;
    private Integer lastWarningPercent;

    void due(Instant due) {
        if (due != null) {
            dueAt = due;
        }
    }

    /** The verdict is the command side's, taken from the event. */
    void met(Instant at, boolean withinTarget) {
        metAt = at;
        onTime = withinTarget && !breached && !Boolean.FALSE.equals(onTime);
    }

    void warned(int percentElapsed, Instant due) {
        due(due);
        warnings++;
        lastWarningPercent = percentElapsed;
    }

    void breached(Instant due) {
        due(due);
        breached = true;
        onTime = false;
    }

    /** The promise must be kept again (the delivery was rejected). */
    void reopen() {
        metAt = null;
        if (!Boolean.FALSE.equals(onTime)) {
            onTime = null;
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
}
