package com.serviceledger.kernel.servicerequest;

import java.time.Instant;
import java.util.List;
import org.axonframework.serialization.Revision;

/**
 * The service was planned; {@code dueAt} is the original due time, the one delivery is always also judged
 * against. The delivery timer's warnings follow the policy version named here.
 */
@Revision("1")
public record ServicePlanned(String requestId, String goal, List<String> steps, String ownerId, Instant dueAt,
                             Instant plannedAt, String policyVersion) {

    public ServicePlanned {
        steps = List.copyOf(steps);
    }
}
