package com.serviceledger.query.audit;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Reading the event store for auditors.
 *
 * @param fetchSize    rows a database cursor fetches per round trip while a slice streams
 * @param readers      threads that read the event store for audit requests (not interrupted by a client leaving)
 * @param brokenListed broken cases listed by a slice verification (the counts cover all)
 */
@ConfigurationProperties("serviceledger.query.audit")
record AuditProperties(@DefaultValue("500") int fetchSize,
                       @DefaultValue("2") int readers,
                       @DefaultValue("100") int brokenListed) {
}
