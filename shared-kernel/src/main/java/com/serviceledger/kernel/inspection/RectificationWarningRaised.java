package com.serviceledger.kernel.inspection;

import java.time.Instant;
import org.axonframework.serialization.Revision;

/** The deadline is near and the non-conformity is still open: a reminder to whoever must fix it. */
@Revision("1")
public record RectificationWarningRaised(String rectificationId, Severity severity, Instant dueAt,
                                         Instant raisedAt) {
}
