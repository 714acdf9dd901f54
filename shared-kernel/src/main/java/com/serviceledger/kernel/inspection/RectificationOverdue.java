package com.serviceledger.kernel.inspection;

import java.math.BigDecimal;
import java.time.Instant;
import org.axonframework.serialization.Revision;

/**
 * Not fixed by its deadline (002 第3篇 (3) 7: 未按期進行整改的必須進行扣罰處理): the penalty fixed when the
 * case was raised is due. Counted in the month of the inspection that found it.
 */
@Revision("1")
public record RectificationOverdue(String rectificationId, InspectedUnit unit, String month, Severity severity,
                                   Instant dueAt, Instant overdueAt, BigDecimal penalty, String policyVersion) {
}
