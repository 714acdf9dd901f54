package com.serviceledger.kernel.servicerequest;

import java.time.Instant;
import org.axonframework.serialization.Revision;

/** The request got its first response; the verdict against the response target is fixed here. */
@Revision("1")
public record FirstResponseMade(String requestId, FirstResponseAct act, Instant respondedAt, Instant dueAt,
                                boolean withinTarget) {
}
