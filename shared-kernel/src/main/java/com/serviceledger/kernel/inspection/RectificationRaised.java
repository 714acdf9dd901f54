package com.serviceledger.kernel.inspection;

import java.math.BigDecimal;
import java.time.Instant;
import org.axonframework.serialization.Revision;

/**
 * A non-conformity became a rectification case: a minor one told to the staff, a major one as a work
 * order (報事單). Deadline, warning time and overdue penalty are the ones decided at the inspection.
 */
@Revision("1")
public record RectificationRaised(String rectificationId, String inspectionId, InspectionKind inspectionKind,
                                  InspectedUnit unit, String month, String timeZone, int itemNo,
                                  String standardCode, Severity severity, String note, String responsibleStaffId,
                                  Instant raisedAt, Instant dueAt, Instant warningAt, BigDecimal overduePenalty,
                                  String policyVersion) {
}
