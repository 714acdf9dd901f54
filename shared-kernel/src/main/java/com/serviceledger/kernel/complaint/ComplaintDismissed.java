package com.serviceledger.kernel.complaint;

import java.time.Instant;
import org.axonframework.serialization.Revision;

/**
 * The complaint was found unfounded; kept, and counted apart from valid ones. The explanation answers the
 * complainant (002 第4篇 四.2), so it meets the reply target: {@code withinReplyTarget} is its verdict, null when
 * the complaint owes no reply (its channel, or received before the reply was enforced).
 */
@Revision("1")
public record ComplaintDismissed(String complaintId, String explanation, Instant dismissedAt,
                                 Boolean withinReplyTarget) {

    public ComplaintDismissed(String complaintId, String explanation, Instant dismissedAt) {
        this(complaintId, explanation, dismissedAt, null);
    }
}
