package com.serviceledger.kernel.scoring;

import java.time.Instant;
import org.axonframework.serialization.Revision;

@Revision("1")
public record WorstDesignationCounted(String staffRecordId, String staffId, String scorecardId, String month,
                                      int designations, Instant designatedAt) {
}
