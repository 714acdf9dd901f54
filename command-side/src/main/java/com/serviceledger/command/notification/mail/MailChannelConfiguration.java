package com.serviceledger.command.notification.mail;

import jakarta.mail.internet.AddressException;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.mail.javamail.JavaMailSender;

/**
 * The e-mail channel, only where an SMTP server is configured ({@code spring.mail.host}, from which Spring Boot
 * builds the {@link JavaMailSender}); without one, notifications go to the inbox (and webhooks) only. Its runner
 * comes with the other channels' in {@code NotificationsConfiguration}.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(prefix = "serviceledger.notifications", name = "enabled", matchIfMissing = true)
@ConditionalOnProperty("spring.mail.host")
@EnableConfigurationProperties(MailChannelProperties.class)
class MailChannelConfiguration {

    /** Fails the start-up when the configured sender is not an address. Not named mailSender: that is Boot's. */
    @Bean
    MailSender emailSender(JavaMailSender mail, CommandGateway commands, MailChannelProperties properties)
            throws AddressException {
        return new MailSender(mail, new DisclosedCaseCustomers(commands), properties.from());
    }
}
