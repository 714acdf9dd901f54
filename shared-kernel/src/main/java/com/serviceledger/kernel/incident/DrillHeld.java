package com.serviceledger.kernel.incident;

import java.time.Instant;
import org.axonframework.serialization.Revision;

/** A planned drill was held and recorded; late when recorded after its due time. */
@Revision("1")
public record DrillHeld(String planId, String drillId, String subsidiaryId, int participants, String observations,
                        Instant recordedAt, boolean onTime) {
}
