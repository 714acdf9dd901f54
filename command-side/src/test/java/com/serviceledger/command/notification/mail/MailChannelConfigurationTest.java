package com.serviceledger.command.notification.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;

import com.serviceledger.command.notification.ChannelSender;
import jakarta.mail.internet.AddressException;
import java.io.IOException;
import java.util.Map;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.boot.mail.autoconfigure.MailSenderAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;
import org.springframework.core.io.ClassPathResource;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * The e-mail channel is there only with an SMTP server, beside Boot's mail sender, with the command side's
 * timeouts. A bare context, not the application's.
 */
class MailChannelConfigurationTest {

    private final ApplicationContextRunner contexts = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(MailSenderAutoConfiguration.class))
            .withUserConfiguration(MailChannelConfiguration.class)
            .withBean(CommandGateway.class, () -> mock(CommandGateway.class))
            .withInitializer(context -> {
                try {
                    new YamlPropertySourceLoader().load("command-side", new ClassPathResource("application.yml"))
                            .forEach(context.getEnvironment().getPropertySources()::addLast);
                } catch (IOException e) {
                    throw new IllegalStateException(e);
                }
            });

    @Test
    void without_an_smtp_server_there_is_no_e_mail_channel() {
        contexts.run(context -> assertThat(context).hasNotFailed().doesNotHaveBean(ChannelSender.class)
                .doesNotHaveBean(JavaMailSenderImpl.class));
    }

    @Test
    void with_an_smtp_server_the_channel_sends_through_boots_sender_with_bounded_waits() {
        contexts.withPropertyValues("spring.mail.host=mail.example.com", "spring.mail.port=1025").run(context -> {
            assertThat(context).hasNotFailed().hasSingleBean(MailSender.class);
            JavaMailSenderImpl smtp = context.getBean(JavaMailSenderImpl.class);
            assertThat(smtp.getHost()).isEqualTo("mail.example.com");
            assertThat(smtp.getJavaMailProperties())
                    .containsEntry("mail.smtp.connectiontimeout", "10000")
                    .containsEntry("mail.smtp.timeout", "10000")
                    .containsEntry("mail.smtp.writetimeout", "10000");
        });
    }

    /** As deploy/k8s/base/configmap.yaml names them. */
    @Test
    void the_smtp_server_is_set_by_environment_variables() {
        contexts.withInitializer(context -> context.getEnvironment().getPropertySources().addFirst(
                new SystemEnvironmentPropertySource("test-" + StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
                        Map.of("SPRING_MAIL_HOST", "smtp.example.com", "SPRING_MAIL_PORT", "587",
                                "SPRING_MAIL_PROPERTIES_MAIL_SMTP_STARTTLS_ENABLE", "true",
                                "SERVICELEDGER_NOTIFICATIONS_MAIL_FROM", "ServiceLedger <noreply@example.com>"))))
                .run(context -> {
                    assertThat(context).hasNotFailed().hasSingleBean(MailSender.class);
                    JavaMailSenderImpl smtp = context.getBean(JavaMailSenderImpl.class);
                    assertThat(smtp.getHost()).isEqualTo("smtp.example.com");
                    assertThat(smtp.getPort()).isEqualTo(587);
                    assertThat(smtp.getJavaMailProperties()).containsEntry("mail.smtp.starttls.enable", "true")
                            .containsEntry("mail.smtp.timeout", "10000");
                    assertThat(context.getBean(MailChannelProperties.class).from())
                            .isEqualTo("ServiceLedger <noreply@example.com>");
                });
    }

    @Test
    void not_when_notifications_are_off_or_the_sender_is_not_an_address() {
        contexts.withPropertyValues("spring.mail.host=mail.example.com", "serviceledger.notifications.enabled=false")
                .run(context -> assertThat(context).hasNotFailed().doesNotHaveBean(MailSender.class));
        contexts.withPropertyValues("spring.mail.host=mail.example.com",
                        "serviceledger.notifications.mail.from=ServiceLedger")
                .run(context -> assertThat(context).getFailure().rootCause().isInstanceOf(AddressException.class));
    }
}
