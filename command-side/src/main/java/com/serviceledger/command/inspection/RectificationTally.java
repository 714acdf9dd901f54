package com.serviceledger.command.inspection;

import com.serviceledger.kernel.inspection.RectificationFigures;
import com.serviceledger.kernel.inspection.RectificationOutcome;
import com.serviceledger.kernel.inspection.RectificationOutcomeCounted;
import java.math.BigDecimal;
import java.util.HashSet;
import java.util.Set;

/** What became of a month's non-conformities, each outcome of a case counted once. */
final class RectificationTally {

    private final Set<String> counted = new HashSet<>();
    private int onTime;
    private int late;
    private int overdue;
    private BigDecimal penalties = BigDecimal.ZERO;

    static String key(String rectificationId, RectificationOutcome outcome) {
        return rectificationId + "/" + outcome;
    }

    boolean alreadyCounted(String rectificationId, RectificationOutcome outcome) {
        return counted.contains(key(rectificationId, outcome));
    }

    void add(RectificationOutcomeCounted event) {
        counted.add(key(event.rectificationId(), event.outcome()));
        switch (event.outcome()) {
            case RECTIFIED_ON_TIME -> onTime++;
            case RECTIFIED_LATE -> late++;
            case OVERDUE -> {
                overdue++;
                penalties = penalties.add(event.penalty() == null ? BigDecimal.ZERO : event.penalty());
            }
        }
    }

    /**
     * @param raised the month's failed items: each one is a case; those not rectified by now are open,
     *               overdue or not
     */
    RectificationFigures figures(int raised) {
        return new RectificationFigures(raised, onTime, late, overdue, Math.max(0, raised - onTime - late),
                raised == 0 ? null : QualityScore.rate(onTime, raised), penalties);
    }
}
