package com.serviceledger.kernel.policy;

import java.time.Instant;
import org.axonframework.serialization.Revision;

/**
 * A policy version came into force. Decisions name {@link #versionName()}; what they decided under it
 * (due times, verdicts, amounts) is kept in their own events, so a later version changes no past outcome.
 */
@Revision("1")
public record PolicyPublished(String policyId, String subsidiaryId, int version, PolicyTerms terms,
                              Instant publishedAt) {

    public String versionName() {
        return subsidiaryId + "/v" + version;
    }
}
