package com.serviceledger.standalone;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;
import org.springframework.test.context.MergedContextConfiguration;

/**
 * One real SMTP server (GreenMail, on a free port) for the test JVM, and every standalone test application pointed
 * at it ({@code spring.mail.host/port}, registered in {@code META-INF/spring.factories}): the e-mail channel runs in
 * every context as it runs in production, and a test reads what arrived. The customizer is the same for every test
 * class, so it changes no context's cache key.
 */
public final class TestSmtpServer implements ContextCustomizerFactory {

    private static GreenMail server;

    /** The server, started on first use. */
    public static synchronized GreenMail server() {
        if (server == null) {
            server = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP).dynamicPort());
            server.start();
            Runtime.getRuntime().addShutdownHook(new Thread(server::stop));
        }
        return server;
    }

    /** The mails received so far addressed to {@code address}. */
    public static List<MimeMessage> to(String address) {
        return Arrays.stream(server().getReceivedMessages()).filter(message -> addressedTo(message, address))
                .toList();
    }

    private static boolean addressedTo(MimeMessage message, String address) {
        try {
            Address[] recipients = message.getAllRecipients();
            return recipients != null && Arrays.stream(recipients)
                    .anyMatch(recipient -> ((InternetAddress) recipient).getAddress().equalsIgnoreCase(address));
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public ContextCustomizer createContextCustomizer(Class<?> testClass,
                                                     List<ContextConfigurationAttributes> configAttributes) {
        return new PointAtServer();
    }

    private static final class PointAtServer implements ContextCustomizer {

        @Override
        public void customizeContext(ConfigurableApplicationContext context, MergedContextConfiguration merged) {
            context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("test-smtp-server",
                    Map.of("spring.mail.host", "127.0.0.1",
                            "spring.mail.port", server().getSmtp().getPort())));
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof PointAtServer;
        }

        @Override
        public int hashCode() {
            return PointAtServer.class.hashCode();
        }
    }
}
