package com.serviceledger.kernel.inspection;

import java.time.Duration;
import java.time.Instant;
import org.axonframework.serialization.Revision;

/**
 * Fixed: on time if by the deadline (inclusive), else late by {@code lateBy} (null when on time). The
 * unit and month of the inspection that found it travel along: that month counts the outcome.
 */
@Revision("1")
public record RectificationRecorded(String rectificationId, InspectedUnit unit, String month, String rectifiedBy,
                                    String note, Instant rectifiedAt, Instant dueAt, boolean onTime,
                                    Duration lateBy) {
}
