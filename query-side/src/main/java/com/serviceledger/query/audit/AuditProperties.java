package com.serviceledger.query.audit;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Reading the event store for auditors.
 *
 * @param fetchSize    rows a database cursor fetches per round trip while a slice streams
 * @param readers      threads that read the event store for audit requests (not interrupted by a client leaving)
 * @param brokenListed broken cases listed by a slice verification (the counts cover all)
 * @param sliceSource  where slices are read: {@code auto} (the event table in JDBC mode, the event store API with
 *                     Axon Server), {@code jdbc} or {@code event-store}
 * @param streamIdle   how long a slice read through the event store waits for the next event before it takes the
 *                     stream as read to its end (normally it stops at the store's head or past the window first)
 */
@ConfigurationProperties("serviceledger.query.audit")
record AuditProperties(@DefaultValue("500") int fetchSize,
                       @DefaultValue("2") int readers,
                       @DefaultValue("100") int brokenListed,
                       @DefaultValue("auto") SliceSource sliceSource,
                       @DefaultValue("5s") Duration streamIdle) {

    AuditProperties {
        if (streamIdle.isNegative() || streamIdle.isZero()) {
            throw new IllegalArgumentException("serviceledger.query.audit.stream-idle must be positive");
        }
    }

    /** The same settings with slices read from the given source. */
    AuditProperties withSliceSource(SliceSource source) {
        return new AuditProperties(fetchSize, readers, brokenListed, source, streamIdle);
    }
}
