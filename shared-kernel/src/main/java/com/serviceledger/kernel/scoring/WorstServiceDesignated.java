package com.serviceledger.kernel.scoring;

import java.math.BigDecimal;
import java.time.Instant;
import org.axonframework.serialization.Revision;

/**
 * 服務最差: the worst service of the month, fined and posted publicly (張榜公布); this event is the
 * notice. It carries the designation count that recommends dismissal under the rules of its month.
 * {@code warnedMonth}: the month whose criticism and education went unheeded (null when the policy asked for no
 * warning, and in events stored before); {@code late}: designated on a correction after the close.
 */
@Revision("1")
public record WorstServiceDesignated(String scorecardId, String staffId, String subsidiaryId, String month,
                                     int complaintCount, BigDecimal fine, String notice,
                                     int dismissalAtDesignation, String policyVersion, Instant designatedAt,
                                     String warnedMonth, Boolean late) {

    public WorstServiceDesignated {
        late = Boolean.TRUE.equals(late);
    }

    /** A designation at the close, as before warnings and corrections existed. */
    public WorstServiceDesignated(String scorecardId, String staffId, String subsidiaryId, String month,
                                  int complaintCount, BigDecimal fine, String notice, int dismissalAtDesignation,
                                  String policyVersion, Instant designatedAt) {
        this(scorecardId, staffId, subsidiaryId, month, complaintCount, fine, notice, dismissalAtDesignation,
                policyVersion, designatedAt, null, false);
    }
}
