package com.serviceledger.kernel.complaint;

import java.time.Instant;
import org.axonframework.serialization.Revision;

/**
 * The customer was contacted with a proposed solution; the SLA verdicts are fixed here. The proposed solution
 * answers the complainant (002 第1篇 六.3): {@code withinReplyTarget} is that verdict at the first contact, null
 * when the complaint owes no reply (its channel, a later contact, or received before the reply was enforced).
 */
@Revision("1")
public record CustomerContacted(String complaintId, String contactedBy, String proposedSolution, Instant contactedAt,
                                boolean withinTarget, boolean withinHardLimit, Boolean withinReplyTarget) {

    public CustomerContacted(String complaintId, String contactedBy, String proposedSolution, Instant contactedAt,
                             boolean withinTarget, boolean withinHardLimit) {
        this(complaintId, contactedBy, proposedSolution, contactedAt, withinTarget, withinHardLimit, null);
    }
}
