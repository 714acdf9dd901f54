package com.serviceledger.platform.audit;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The tamper-evident hash chain of stored events.
 *
 * @param enabled   whether every published event is linked to its aggregate's previous one
 * @param cacheSize aggregates whose last committed hash is remembered, so an append rarely reads the store
 */
@ConfigurationProperties("serviceledger.audit.chain")
public record EventChainProperties(@DefaultValue("true") boolean enabled,
                                   @DefaultValue("10000") int cacheSize) {
}
