package com.serviceledger.kernel.scoring;

import java.math.BigDecimal;
import java.time.Instant;
import org.axonframework.serialization.Revision;

/**
 * 服務最差: the worst service of the month, fined and posted publicly (張榜公布); this event is the
 * notice. It carries the designation count that recommends dismissal under the rules of its month.
 */
@Revision("1")
public record WorstServiceDesignated(String scorecardId, String staffId, String subsidiaryId, String month,
                                     int complaintCount, BigDecimal fine, String notice,
                                     int dismissalAtDesignation, String policyVersion, Instant designatedAt) {
}
