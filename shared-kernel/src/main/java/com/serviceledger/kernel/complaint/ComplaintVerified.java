package com.serviceledger.kernel.complaint;

import java.time.Instant;
import org.axonframework.serialization.Revision;

/** Verification named the responsible staff (as of the complaint's time) and the misconduct. */
@Revision("1")
public record ComplaintVerified(String complaintId, String responsibleStaffId, MisconductCategory misconduct,
                                String findings, Instant verifiedAt, Instant complaintReceivedAt) {
}
