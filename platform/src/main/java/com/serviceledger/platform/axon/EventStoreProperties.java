package com.serviceledger.platform.axon;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Tunables of the JDBC event store.
 *
 * @param readBatchSize        events a tracking processor reads per query
 * @param gapTimeoutMillis     how long (on the wall clock) a gap in the global index may be a transaction still
 *                             in flight; a gap open longer is given up as rolled back
 * @param fetchDelay           how often the store is read for events appended by other processes while its
 *                             readers are idle (this process's own appends wake them at once)
 * @param availabilityInterval how often idle processors look for new events (Axon's own: 500 ms)
 */
@ConfigurationProperties("serviceledger.event-store")
public record EventStoreProperties(@DefaultValue("500") int readBatchSize,
                                   @DefaultValue("60000") int gapTimeoutMillis,
                                   @DefaultValue("100ms") Duration fetchDelay,
                                   @DefaultValue("50ms") Duration availabilityInterval) {
}
