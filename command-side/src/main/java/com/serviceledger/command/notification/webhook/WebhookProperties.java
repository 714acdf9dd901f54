package com.serviceledger.command.notification.webhook;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Webhooks ({@code serviceledger.notifications.webhooks}).
 *
 * @param allowPrivateAddresses lets subscriptions post over plain {@code http} and to loopback, link-local and
 *                              private addresses: for tests and a demo on one machine, never for production (a
 *                              subscription could otherwise reach the internal network: SSRF)
 * @param connectTimeout        how long connecting to a receiver may take
 * @param timeout               how long a receiver may take to answer one delivery (well inside the lease)
 */
@ConfigurationProperties("serviceledger.notifications.webhooks")
public record WebhookProperties(@DefaultValue("false") boolean allowPrivateAddresses,
                                @DefaultValue("5s") Duration connectTimeout,
                                @DefaultValue("10s") Duration timeout) {
}
