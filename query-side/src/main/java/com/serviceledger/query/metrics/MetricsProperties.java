package com.serviceledger.query.metrics;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Limits and defaults of the service-quality metrics ({@code serviceledger.query.metrics.*}).
 *
 * @param maxBuckets        periods × groups one answer may hold; a larger request is a 400 naming groupBy
 *                          (or {@code to} when the periods alone exceed it)
 * @param targetCsatPercent the satisfaction target reported beside CSAT (000 §5.2.1 leaves it open; 90)
 */
@ConfigurationProperties("serviceledger.query.metrics")
public record MetricsProperties(@DefaultValue("2000") int maxBuckets,
                                @DefaultValue("90") int targetCsatPercent) {
}
