package com.serviceledger.platform.axon;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Tunables of the JDBC event store.
 *
 * @param readBatchSize        events a tracking processor reads per query
 * @param gapTimeoutMillis     how long a gap in the global index may be an in-flight transaction
 * @param gapCleaningThreshold gaps kept in a token before the expired ones are cleaned
 */
@ConfigurationProperties("serviceledger.event-store")
public record EventStoreProperties(@DefaultValue("500") int readBatchSize,
                                   @DefaultValue("60000") int gapTimeoutMillis,
                                   @DefaultValue("250") int gapCleaningThreshold) {
}
