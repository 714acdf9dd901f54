package com.serviceledger.kernel.servicerequest;

import java.time.Instant;
import org.axonframework.serialization.Revision;

/** The customer accepted the delivery (驗收): the service is complete. */
@Revision("1")
public record DeliveryAccepted(String requestId, Instant acceptedAt) {
}
