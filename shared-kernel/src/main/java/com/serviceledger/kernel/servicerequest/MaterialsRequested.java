package com.serviceledger.kernel.servicerequest;

import java.time.Instant;
import java.util.List;
import org.axonframework.serialization.Revision;

/** The customer was told every missing item in one go (一次性告知); there is no second request. */
@Revision("1")
public record MaterialsRequested(String requestId, List<String> missingItems, Instant requestedAt) {

    public MaterialsRequested {
        missingItems = List.copyOf(missingItems);
    }
}
