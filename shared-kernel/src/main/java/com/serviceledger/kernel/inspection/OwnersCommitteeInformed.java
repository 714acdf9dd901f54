package com.serviceledger.kernel.inspection;

import java.math.BigDecimal;
import java.time.Instant;
import org.axonframework.serialization.Revision;

/** An overdue rectification and its penalty are reported to the owners / owners' committee (報呈業主/業委會). */
@Revision("1")
public record OwnersCommitteeInformed(String rectificationId, InspectedUnit unit, String standardCode,
                                      Instant dueAt, BigDecimal penalty, Instant informedAt) {
}
