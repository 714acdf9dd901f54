package com.serviceledger.kernel.scoring;

import java.time.Instant;
import org.axonframework.serialization.Revision;

/** 予以辭退: recommended to management, which decides; the staff record does not end employment itself. */
@Revision("1")
public record DismissalRecommended(String staffRecordId, String staffId, String month, String reason,
                                   int worstDesignations, String policyVersion, Instant recommendedAt) {
}
