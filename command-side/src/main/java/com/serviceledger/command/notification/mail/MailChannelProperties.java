package com.serviceledger.command.notification.mail;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The e-mail channel ({@code serviceledger.notifications.mail}); the SMTP server itself is Spring Boot's
 * {@code spring.mail.*}.
 *
 * @param from the sender, as {@code Name <address>}
 */
@ConfigurationProperties("serviceledger.notifications.mail")
public record MailChannelProperties(@DefaultValue("ServiceLedger <noreply@serviceledger.local>") String from) {
}
