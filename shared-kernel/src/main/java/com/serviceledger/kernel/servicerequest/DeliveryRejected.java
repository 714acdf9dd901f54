package com.serviceledger.kernel.servicerequest;

import java.time.Instant;
import java.util.List;
import org.axonframework.serialization.Revision;

/** The customer rejected the delivery for these reasons; the work resumes. */
@Revision("1")
public record DeliveryRejected(String requestId, List<String> reasons, Instant rejectedAt) {

    public DeliveryRejected {
        reasons = List.copyOf(reasons);
    }
}
