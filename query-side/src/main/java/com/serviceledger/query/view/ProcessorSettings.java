package com.serviceledger.query.view;

import java.time.Duration;

/** The pooled streaming processor of a view; each view's {@code @ConfigurationProperties} record implements this. */
public interface ProcessorSettings {

    /** Events per batch: one {@code _mget} and one {@code _bulk} each. */
    int batchSize();

    /** Worker threads processing segments in parallel. */
    int threadCount();

    /** Segments created on first start (fixes the parallelism ceiling). */
    int segmentCount();

    /** How often unclaimed segments are looked for. */
    Duration tokenClaimInterval();
}
