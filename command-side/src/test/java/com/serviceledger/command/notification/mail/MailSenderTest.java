package com.serviceledger.command.notification.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import com.serviceledger.command.notification.DeliveryProperties;
import com.serviceledger.command.notification.DeliveryRunner;
import com.serviceledger.command.notification.SendResult;
import com.serviceledger.kernel.common.CustomerContact;
import com.serviceledger.kernel.common.ProtectedContact;
import com.serviceledger.kernel.complaint.ComplaintReceived;
import com.serviceledger.kernel.notification.NotificationChannel;
import com.serviceledger.kernel.notification.NotificationKind;
import com.serviceledger.platform.notification.Delivery;
import com.serviceledger.platform.notification.DeliveryAttempt;
import com.serviceledger.platform.notification.DeliveryState;
import com.serviceledger.platform.notification.NotificationStore;
import com.serviceledger.platform.privacy.CaseRef;
import com.serviceledger.platform.privacy.Fingerprints;
import com.serviceledger.platform.privacy.JdbcCustomerVault;
import com.serviceledger.platform.privacy.PhoneNumbers;
import com.serviceledger.platform.privacy.PiiCipher;
import jakarta.mail.Message;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.net.ServerSocket;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Optional;
import java.util.UUID;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The e-mail channel against a real SMTP server (GreenMail, on a free port) through the real delivery runner, the
 * delivery table and the customer vault in an H2 database migrated by Flyway: no Spring context.
 */
class MailSenderTest {

    private static final String FROM = "ServiceLedger 通知 <noreply@serviceledger.local>";
    private static final Duration LEASE = Duration.ofMinutes(2);
    private static final String BREACH = """
            {"kind":"COMPLAINT_SLA_BREACH","caseId":"CMP-7","caseType":"complaint","subsidiaryId":"demo-tangshan",
             "facts":{"target":"RESOLUTION","dueAt":"2026-12-07T10:00:00Z","level":"QUALITY_SUPERVISOR"}}""";
    private static final String RESOLVED = """
            {"kind":"CASE_RESOLVED","caseId":"CMP-7","caseType":"complaint","subsidiaryId":"demo-tangshan",
             "facts":{"resolvedAt":"2026-12-07T10:00:00Z"}}""";

    @RegisterExtension
    static final GreenMailExtension SMTP = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

    private final MovableClock clock = new MovableClock(Instant.parse("2026-12-07T09:00:00Z"));
    private final List<DeliveryRunner> runners = new ArrayList<>();
    private JdbcTemplate jdbc;
    private TransactionTemplate transaction;
    private NotificationStore store;
    private JdbcCustomerVault vault;
    private EmbeddedEventStore events;

    @BeforeEach
    void database() {
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:mem:mail-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration/h2").load().migrate();
        jdbc = new JdbcTemplate(dataSource);
        transaction = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
        store = new NotificationStore(jdbc);
        vault = new JdbcCustomerVault(jdbc, transaction, new PiiCipher(key()), new Fingerprints(key()),
                new PhoneNumbers("CN", Map.of()), clock);
        events = EmbeddedEventStore.builder().storageEngine(new InMemoryEventStorageEngine()).build();
    }

    @AfterEach
    void stop() {
        runners.forEach(DeliveryRunner::stop);
        events.shutDown();
    }

    @Test
    void staff_get_the_notification_in_their_own_language_with_the_delivery_id_as_message_id() throws Exception {
        Delivery chinese = plan(Delivery.staff("zhou-min"), "zhou.min@example.com", "zh-CN", BREACH);
        Delivery english = plan("contractor:demo-tangshan:site-1:acme", "ops@acme.example", "en", BREACH);
        DeliveryRunner runner = runner(smtp(SMTP.getSmtp().getPort()), 8);

        runner.poll();

        awaitState(chinese, DeliveryState.DELIVERED);
        awaitState(english, DeliveryState.DELIVERED);
        assertThat(SMTP.getReceivedMessages()).hasSize(2);
        MimeMessage toZhou = receivedBy("zhou.min@example.com").getFirst();
        assertThat(toZhou.getSubject()).isEqualTo("投诉 CMP-7 已超时：解决");
        assertThat(toZhou.getMessageID()).isEqualTo("<" + chinese.id() + "@serviceledger>");
        assertThat(toZhou.getHeader("X-ServiceLedger-Notification", null)).isEqualTo(chinese.id());
        assertThat(toZhou.getHeader("X-ServiceLedger-Kind", null)).isEqualTo("COMPLAINT_SLA_BREACH");
        assertThat(toZhou.getHeader("Content-Language", null)).isEqualTo("zh-CN");
        InternetAddress from = (InternetAddress) toZhou.getFrom()[0];
        assertThat(from.getAddress()).isEqualTo("noreply@serviceledger.local");
        assertThat(from.getPersonal()).isEqualTo("ServiceLedger 通知");
        MimeMultipart parts = (MimeMultipart) toZhou.getContent();
        assertThat(parts.getContentType()).startsWith("multipart/alternative");
        assertThat(parts.getBodyPart(0).getContentType()).contains("text/plain").containsIgnoringCase("utf-8");
        assertThat((String) parts.getBodyPart(0).getContent())
                .isEqualTo("投诉 CMP-7 的“解决”未在 2026-12-07 10:00 UTC 前完成，已升级至质量主管。");
        assertThat(parts.getBodyPart(1).getContentType()).contains("text/html");
        assertThat((String) parts.getBodyPart(1).getContent()).contains("<html lang=\"zh-CN\">", "已升级至质量主管");

        MimeMessage toAcme = receivedBy("ops@acme.example").getFirst();
        assertThat(toAcme.getSubject()).isEqualTo("Complaint CMP-7 missed its resolution deadline");
        assertThat(toAcme.getMessageID()).isEqualTo("<" + english.id() + "@serviceledger>");
        assertThat(GreenMailUtil.getBody(toAcme)).contains("escalated to the quality supervisor");

        assertThat(store.attempts(chinese.id())).singleElement()
                .satisfies(attempt -> assertThat(attempt.outcome()).isEqualTo("DELIVERED"))
                .satisfies(attempt -> assertThat(attempt.statusCode()).isEqualTo(250));
    }

    @Test
    void a_mail_sent_again_after_a_crash_carries_the_same_message_id() throws Exception {
        Delivery delivery = plan(Delivery.staff("zhou-min"), "zhou.min@example.com", "zh-CN", BREACH);
        JavaMailSenderImpl smtp = smtp(SMTP.getSmtp().getPort());
        // a sender claims the row and hands the mail over, and its process dies before it records that
        Delivery claimed = transaction.execute(status ->
                store.claimDue(NotificationChannel.EMAIL, clock.instant(), 10, LEASE)).getFirst();
        assertThat(sender(smtp).send(claimed).outcome()).isEqualTo(SendResult.Outcome.DELIVERED);
        assertThat(state(delivery)).isEqualTo(DeliveryState.SENDING);
        DeliveryRunner runner = runner(smtp, 8);

        runner.poll(); // its lease holds: nobody else takes it yet
        assertThat(state(delivery)).isEqualTo(DeliveryState.SENDING);
        clock.advance(LEASE.plusSeconds(1));
        runner.poll();

        awaitState(delivery, DeliveryState.DELIVERED);
        List<MimeMessage> received = receivedBy("zhou.min@example.com");
        assertThat(received).hasSize(2);
        assertThat(received).extracting(MimeMessage::getMessageID)
                .containsOnly("<" + delivery.id() + "@serviceledger>");
    }

    @Test
    void a_server_that_is_down_is_tried_again_later_and_the_row_parked_after_the_last_attempt()
            throws Exception {
        Delivery delivery = plan(Delivery.staff("zhou-min"), "zhou.min@example.com", "zh-CN", BREACH);
        DeliveryRunner runner = runner(smtp(closedPort()), 3);

        runner.poll();
        await().atMost(Duration.ofSeconds(10)).until(() -> store.attempts(delivery.id()).size() == 1);
        Delivery waiting = store.find(delivery.id()).orElseThrow();
        assertThat(waiting.state()).isEqualTo(DeliveryState.PENDING);
        assertThat(waiting.nextAttemptAt()).isAfter(clock.instant());
        runner.poll(); // not due yet
        assertThat(store.find(delivery.id()).orElseThrow().attempts()).isEqualTo(1);

        for (int attempt = 2; attempt <= 3; attempt++) {
            clock.set(store.find(delivery.id()).orElseThrow().nextAttemptAt());
            runner.poll();
            int expected = attempt;
            await().atMost(Duration.ofSeconds(10)).until(() -> store.attempts(delivery.id()).size() == expected);
        }

        awaitState(delivery, DeliveryState.PARKED);
        List<DeliveryAttempt> attempts = store.attempts(delivery.id());
        assertThat(attempts).extracting(DeliveryAttempt::outcome).containsExactly("FAILED", "FAILED", "PARKED");
        assertThat(attempts).allSatisfy(attempt -> {
            assertThat(attempt.statusCode()).isNull();
            assertThat(attempt.error()).startsWith("SMTP: ").contains("Connection refused");
        });
        assertThat(SMTP.getReceivedMessages()).isEmpty();
    }

    @Test
    void an_unknown_mailbox_is_parked_at_once_and_its_address_kept_out_of_the_log() throws Exception {
        Delivery delivery = plan(Delivery.staff("zhou-min"), "zhou.min@example.com", "zh-CN", BREACH);
        try (RefusingSmtpServer server = new RefusingSmtpServer("550 5.1.1 <zhou.min@example.com>: no such user")) {
            runner(smtp(server.port()), 8).poll();
            awaitState(delivery, DeliveryState.PARKED);
        }
        assertThat(store.attempts(delivery.id())).singleElement().satisfies(attempt -> {
            assertThat(attempt.outcome()).isEqualTo("PARKED");
            assertThat(attempt.statusCode()).isEqualTo(550);
            assertThat(attempt.error()).startsWith("SMTP 550: ").contains("no such user")
                    .doesNotContain("zhou.min@example.com");
        });
        assertThat(store.find(delivery.id()).orElseThrow().attempts()).isEqualTo(1);
    }

    @Test
    void a_mailbox_that_is_busy_now_is_tried_again_later() throws Exception {
        Delivery delivery = plan(Delivery.staff("zhou-min"), "zhou.min@example.com", "zh-CN", BREACH);
        try (RefusingSmtpServer server = new RefusingSmtpServer("451 4.7.1 greylisted, try again later")) {
            runner(smtp(server.port()), 8).poll();
            await().atMost(Duration.ofSeconds(10)).until(() -> store.attempts(delivery.id()).size() == 1);
        }
        Delivery waiting = store.find(delivery.id()).orElseThrow();
        assertThat(waiting.state()).isEqualTo(DeliveryState.PENDING);
        assertThat(waiting.nextAttemptAt()).isAfter(clock.instant());
        assertThat(store.attempts(delivery.id()).getFirst().statusCode()).isEqualTo(451);
    }

    @Test
    void the_customer_is_written_to_at_the_address_in_the_vault_in_chinese() throws Exception {
        ProtectedContact customer = receive("CMP-7", new CustomerContact("王芳", "13812341234", "Wang.Fang@Example.com"));
        Delivery delivery = plan(Delivery.customer("CMP-7"), null, "zh-CN", RESOLVED);
        assertThat(jdbc.queryForObject("SELECT address FROM notification_delivery WHERE id = ?", String.class,
                delivery.id())).isNull();

        runner(smtp(SMTP.getSmtp().getPort()), 8).poll();

        awaitState(delivery, DeliveryState.DELIVERED);
        MimeMessage mail = receivedBy("wang.fang@example.com").getFirst();
        InternetAddress to = (InternetAddress) mail.getRecipients(Message.RecipientType.TO)[0];
        assertThat(to.getPersonal()).isEqualTo("王芳");
        assertThat(mail.getSubject()).isEqualTo("您的投诉 CMP-7 已处理完毕");
        assertThat(mail.getMessageID()).isEqualTo("<" + delivery.id() + "@serviceledger>");
        assertThat(customer.email()).startsWith(PiiCipher.TOKEN_PREFIX);
    }

    @Test
    void an_erased_customer_is_not_written_to() {
        ProtectedContact customer = receive("CMP-7", new CustomerContact("王芳", "13812341234", "wang.fang@example.com"));
        Delivery delivery = plan(Delivery.customer("CMP-7"), null, "zh-CN", RESOLVED);
        vault.erase(customer.customerId(), "dpo");

        runner(smtp(SMTP.getSmtp().getPort()), 8).poll();

        awaitState(delivery, DeliveryState.CANCELLED);
        assertThat(store.find(delivery.id()).orElseThrow().lastError()).isEqualTo("customer erased");
        assertThat(store.attempts(delivery.id())).extracting(DeliveryAttempt::outcome).containsExactly("CANCELLED");
        assertThat(SMTP.getReceivedMessages()).isEmpty();
    }

    @Test
    void a_customer_without_an_e_mail_address_or_a_staff_member_without_one_is_not_written_to() {
        receive("CMP-7", new CustomerContact("王芳", "13812341234", null));
        Delivery customer = plan(Delivery.customer("CMP-7"), null, "zh-CN", RESOLVED);
        Delivery staff = plan(Delivery.staff("zhou-min"), null, "zh-CN", BREACH);

        runner(smtp(SMTP.getSmtp().getPort()), 8).poll();

        awaitState(customer, DeliveryState.CANCELLED);
        awaitState(staff, DeliveryState.CANCELLED);
        assertThat(store.find(customer.id()).orElseThrow().lastError()).isEqualTo("customer gave no e-mail");
        assertThat(store.find(staff.id()).orElseThrow().lastError()).isEqualTo("no e-mail address");
        assertThat(SMTP.getReceivedMessages()).isEmpty();
    }

    // --- the parts

    /** A row as the notification processor plans it for this recipient. */
    private Delivery plan(String recipient, String address, String language, String payload) {
        NotificationKind kind = payload.equals(BREACH) ? NotificationKind.COMPLAINT_SLA_BREACH
                : NotificationKind.CASE_RESOLVED;
        Delivery delivery = Delivery.planned(UUID.randomUUID().toString(), recipient, NotificationChannel.EMAIL, kind,
                "CMP-7", "demo-tangshan", null, recipient.startsWith("staff:") ? recipient.substring(6) : null,
                address, language, payload, clock.instant(), clock.instant());
        assertThat(store.plan(delivery)).isTrue();
        return delivery;
    }

    /** The complaint as the aggregate records it: the customer encrypted by the vault. */
    private ProtectedContact receive(String caseId, CustomerContact contact) {
        ProtectedContact customer = transaction.execute(status ->
                vault.protect(contact, new CaseRef("Complaint", caseId), "demo-tangshan"));
        events.publish(new GenericDomainEventMessage<>("Complaint", caseId, 0, new ComplaintReceived(caseId, null,
                customer, "楼道灯坏了", null, null, null, clock.instant(), "Asia/Shanghai", "v1", null)));
        return customer;
    }

    /**
     * The customer as the case was received with, through the real vault (the application reads it by a disclosure
     * on the case, which needs the aggregate: NotificationsEndToEndTest covers that path).
     */
    private Optional<CustomerContact> customerOf(Delivery delivery) {
        return events.readEvents(delivery.caseId(), 0).asStream().findFirst()
                .map(first -> ((ComplaintReceived) first.getPayload()).customer())
                .map(vault::reveal);
    }

    private MailSender sender(JavaMailSenderImpl smtp) throws Exception {
        return new MailSender(smtp, this::customerOf, FROM);
    }

    /** A started runner that polls only when the test says so. */
    private DeliveryRunner runner(JavaMailSenderImpl smtp, int maxAttempts) {
        try {
            DeliveryRunner runner = new DeliveryRunner(sender(smtp), store, transaction,
                    new DeliveryProperties(Duration.ofHours(1), LEASE, 8, 4, maxAttempts, Duration.ofSeconds(5),
                            Duration.ofMinutes(1), Duration.ofDays(3)), clock);
            runner.start();
            runners.add(runner);
            return runner;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Spring's sender as Boot builds it from spring.mail.*, with short timeouts. */
    private static JavaMailSenderImpl smtp(int port) {
        JavaMailSenderImpl smtp = new JavaMailSenderImpl();
        smtp.setHost("127.0.0.1");
        smtp.setPort(port);
        smtp.setDefaultEncoding("UTF-8");
        Properties properties = new Properties();
        properties.setProperty("mail.smtp.connectiontimeout", "3000");
        properties.setProperty("mail.smtp.timeout", "3000");
        properties.setProperty("mail.smtp.writetimeout", "3000");
        smtp.setJavaMailProperties(properties);
        return smtp;
    }

    private static int closedPort() throws Exception {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private List<MimeMessage> receivedBy(String address) throws Exception {
        List<MimeMessage> received = new ArrayList<>();
        for (MimeMessage message : SMTP.getReceivedMessages()) {
            if (((InternetAddress) message.getRecipients(Message.RecipientType.TO)[0]).getAddress().equals(address)) {
                received.add(message);
            }
        }
        return received;
    }

    private DeliveryState state(Delivery delivery) {
        return store.find(delivery.id()).orElseThrow().state();
    }

    private void awaitState(Delivery delivery, DeliveryState expected) {
        await().atMost(Duration.ofSeconds(10)).until(() -> state(delivery) == expected);
    }

    private static byte[] key() {
        return Base64.getDecoder().decode("MDEyMzQ1Njc4OWFiY2RlZjAxMjM0NTY3ODlhYmNkZWY=");
    }

    /** The runner's time, moved by the test: leases lapse and backoffs pass without waiting. */
    private static final class MovableClock extends Clock {

        private volatile Instant now;

        MovableClock(Instant now) {
            this.now = now;
        }

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        void set(Instant instant) {
            now = instant;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
