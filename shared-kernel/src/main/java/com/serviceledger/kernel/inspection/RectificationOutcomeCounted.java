package com.serviceledger.kernel.inspection;

import java.math.BigDecimal;
import java.time.Instant;
import org.axonframework.serialization.Revision;

/** A rectification outcome counted in its month; {@code penalty} is set for {@code OVERDUE}. */
@Revision("1")
public record RectificationOutcomeCounted(String qualityMonthId, String rectificationId,
                                          RectificationOutcome outcome, BigDecimal penalty, Instant at) {
}
