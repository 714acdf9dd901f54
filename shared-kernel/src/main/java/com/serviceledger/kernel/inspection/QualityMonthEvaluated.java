package com.serviceledger.kernel.inspection;

import java.math.BigDecimal;
import java.time.Instant;
import org.axonframework.serialization.Revision;

/**
 * The monthly quality evaluation (質量考評) of a unit: its figures, the penalties of the month (overdue
 * rectifications plus the contract penalty if it escalated) and the score under the month's rules. The
 * month is closed: later facts no longer change it.
 */
@Revision("1")
public record QualityMonthEvaluated(String qualityMonthId, InspectedUnit unit, String month, KindFigures daily,
                                    KindFigures weekly, KindFigures monthly, RectificationFigures rectifications,
                                    boolean escalated, BigDecimal penaltiesTotal, BigDecimal score,
                                    BigDecimal passingScore, boolean meetsStandard, Instant evaluatedAt,
                                    String policyVersion) {
}
