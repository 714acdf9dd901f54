package com.serviceledger.kernel.complaint;

import com.serviceledger.kernel.organisation.StaffChain;
import java.time.Instant;
import org.axonframework.serialization.Revision;

/**
 * Verification named the responsible staff and the misconduct. The staff member's unit, supervisor and
 * group leader are recorded as they were when the complaint was received (null when the directory does
 * not know the staff member), so scoring and its replays need no second look-up. The grade is optional
 * (null in events stored before it existed) and only matters to the tiered rule set, as do the listed
 * {@code behaviour} the verifier picked from its catalogue and the {@code points} chosen within its tier's range
 * (both null in events stored before the catalogue, which the tiered rule set prices by grade alone).
 */
@Revision("1")
public record ComplaintVerified(String complaintId, String responsibleStaffId, MisconductCategory misconduct,
                                String findings, Instant verifiedAt, Instant complaintReceivedAt,
                                StaffChain responsibleChain, MisconductGrade grade, String behaviour,
                                Integer points) {

    /** Without a listed behaviour and its points. */
    public ComplaintVerified(String complaintId, String responsibleStaffId, MisconductCategory misconduct,
                             String findings, Instant verifiedAt, Instant complaintReceivedAt,
                             StaffChain responsibleChain, MisconductGrade grade) {
        this(complaintId, responsibleStaffId, misconduct, findings, verifiedAt, complaintReceivedAt,
                responsibleChain, grade, null, null);
    }

    /** Without a grade. */
    public ComplaintVerified(String complaintId, String responsibleStaffId, MisconductCategory misconduct,
                             String findings, Instant verifiedAt, Instant complaintReceivedAt,
                             StaffChain responsibleChain) {
        this(complaintId, responsibleStaffId, misconduct, findings, verifiedAt, complaintReceivedAt,
                responsibleChain, null);
    }
}
