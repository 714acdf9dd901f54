package com.serviceledger.command.notification.webhook;

import java.time.Clock;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Webhook subscriptions, their SSRF guard and the sender. The sender is a bean whether or not notifications run
 * here, so the delivery runners pick it up wherever they do; the admin API needs the store and the guard always.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(WebhookProperties.class)
class WebhookConfiguration {

    @Bean
    SubscriptionStore webhookSubscriptionStore(JdbcTemplate jdbc) {
        return new SubscriptionStore(jdbc);
    }

    @Bean
    AddressGuard webhookAddressGuard(WebhookProperties properties) {
        return new AddressGuard(properties.allowPrivateAddresses());
    }

    @Bean
    WebhookSender webhookSender(SubscriptionStore subscriptions, AddressGuard guard, WebhookProperties properties,
                                Clock clock) {
        return new WebhookSender(subscriptions, guard, properties, clock);
    }
}
