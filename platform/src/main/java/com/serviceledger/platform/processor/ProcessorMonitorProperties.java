package com.serviceledger.platform.processor;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param statusCacheTtl how long one processor's measured status is reused: a Prometheus scrape and the
 *                       endpoint each read every gauge, and measuring costs a head-token query, a
 *                       dead-letter count and, when behind, one read of the oldest unprocessed event
 */
@ConfigurationProperties("serviceledger.processors")
public record ProcessorMonitorProperties(@DefaultValue("1s") Duration statusCacheTtl) {
}
