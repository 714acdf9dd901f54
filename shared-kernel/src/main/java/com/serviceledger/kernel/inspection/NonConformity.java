package com.serviceledger.kernel.inspection;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * A failed item as decided when the inspection was recorded: its rectification case, the deadline and
 * warning time, and the penalty if it goes overdue, all under the policy then in force.
 *
 * @param itemNo the item's position on the checklist, from 1
 */
public record NonConformity(String rectificationId, int itemNo, String standardCode, Severity severity,
                            String note, String responsibleStaffId, Instant dueAt, Instant warningAt,
                            BigDecimal overduePenalty) {
}
