package com.serviceledger.kernel.improvement;

import com.serviceledger.kernel.common.OrgUnit;
import java.time.Instant;

/** A progress report on an open action (its note without personal data). */
public record ImprovementProgressReported(String actionId, OrgUnit unit, String note, Instant reportedAt) {
}
