package com.serviceledger.command.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.awaitility.Awaitility.await;

import com.serviceledger.command.app.CommandSideApplication;
import com.serviceledger.command.testing.TestOrganisation;
import com.serviceledger.kernel.common.MetadataKeys;
import com.serviceledger.kernel.notification.NotificationChannel;
import com.serviceledger.kernel.notification.NotificationKind;
import com.serviceledger.kernel.organisation.AppointToPosition;
import com.serviceledger.kernel.organisation.ChangeStaffContact;
import com.serviceledger.kernel.organisation.Directory;
import com.serviceledger.kernel.organisation.Language;
import com.serviceledger.kernel.organisation.UnitPosition;
import com.serviceledger.platform.notification.Delivery;
import com.serviceledger.platform.notification.DeliveryState;
import com.serviceledger.platform.notification.NotificationStore;
import com.serviceledger.platform.notification.NotificationTexts;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.pooled.PooledStreamingEventProcessor;
import org.axonframework.messaging.MetaData;
import org.axonframework.messaging.StreamableMessageSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * A complaint left uncontacted in sub-fast (contact target 1 s, hard limit 2 s) is told to the right people only:
 * the department head of its department hears of the warnings, the quality supervisor and the head of the contact
 * breach, management of the hard limit's; each by inbox, and by e-mail where the directory has an address, in
 * their language. Shares the complaint API's context (same properties).
 */
@SpringBootTest(classes = CommandSideApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
                "spring.datasource.url=jdbc:h2:mem:command-api;DB_CLOSE_DELAY=-1",
                "serviceledger.policy.subsidiaries.sub-fast.contact-target=1s",
                "serviceledger.policy.subsidiaries.sub-fast.contact-hard-limit=2s",
                "serviceledger.deadlines.polling-interval=200ms"})
class NotificationPlannerOnH2Test {

    static final String SUBSIDIARY = "sub-fast";
    static final String HEAD = TestOrganisation.staffOf(SUBSIDIARY, "head-1");
    static final String SUPERVISOR = TestOrganisation.staffOf(SUBSIDIARY, "head-9");
    static final String MANAGEMENT = TestOrganisation.staffOf(SUBSIDIARY, "staff-1");
    static final String BYSTANDER = TestOrganisation.staffOf(SUBSIDIARY, "handler-3");

    @LocalServerPort
    int port;
    @Autowired
    CommandGateway commands;
    @Autowired
    Directory directory;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    EventProcessingConfiguration processing;
    @Autowired
    NotificationStore store;

    @BeforeEach
    void positions() {
        if (!directory.holdersAt(SUBSIDIARY, UnitPosition.QUALITY_SUPERVISOR, null, Instant.now()).isEmpty()) {
            return; // appointed by an earlier test in this context
        }
        send(new AppointToPosition(SUBSIDIARY, UnitPosition.DEPARTMENT_HEAD, HEAD, "dept-billing"));
        send(new AppointToPosition(SUBSIDIARY, UnitPosition.QUALITY_SUPERVISOR, SUPERVISOR, null));
        send(new AppointToPosition(SUBSIDIARY, UnitPosition.MANAGEMENT, MANAGEMENT, null));
        send(new ChangeStaffContact(HEAD, "head1@sub-fast.example", Language.EN));
        send(new ChangeStaffContact(SUPERVISOR, "quality@sub-fast.example", null));
        // management has no e-mail address: its inbox only
    }

    @Test
    void anUncontactedComplaintIsToldToItsEscalationLevelsOnly() {
        String id = receive();
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(rows(id))
                .anySatisfy(row -> assertThat(row.kind()).isEqualTo(NotificationKind.COMPLAINT_SLA_BREACH))
                .filteredOn(row -> row.recipient().equals(Delivery.staff(MANAGEMENT))).isNotEmpty());
        List<Delivery> rows = rows(id);

        assertThat(rows).extracting(Delivery::recipient).containsOnly(Delivery.staff(HEAD),
                Delivery.staff(SUPERVISOR), Delivery.staff(MANAGEMENT));
        assertThat(rows).filteredOn(row -> row.kind() == NotificationKind.COMPLAINT_SLA_WARNING)
                .isNotEmpty().allSatisfy(row -> assertThat(row.recipient()).isEqualTo(Delivery.staff(HEAD)));
        List<Delivery> breaches = rows.stream().filter(row -> row.kind() == NotificationKind.COMPLAINT_SLA_BREACH)
                .toList();
        assertThat(breaches).extracting(Delivery::recipient, Delivery::channel).containsExactlyInAnyOrder(
                // contact breach: the quality supervisor and the head
                tuple(Delivery.staff(SUPERVISOR), NotificationChannel.INBOX),
                tuple(Delivery.staff(SUPERVISOR), NotificationChannel.EMAIL),
                tuple(Delivery.staff(HEAD), NotificationChannel.INBOX),
                tuple(Delivery.staff(HEAD), NotificationChannel.EMAIL),
                // hard limit breach: management (inbox only: no address) and the head again
                tuple(Delivery.staff(MANAGEMENT), NotificationChannel.INBOX),
                tuple(Delivery.staff(HEAD), NotificationChannel.INBOX),
                tuple(Delivery.staff(HEAD), NotificationChannel.EMAIL));
        assertThat(rows).allSatisfy(row -> {
            assertThat(row.subsidiaryId()).isEqualTo(SUBSIDIARY);
            assertThat(row.departmentId()).isEqualTo("dept-billing");
            assertThat(row.state()).isEqualTo(row.channel() == NotificationChannel.INBOX ? DeliveryState.DELIVERED
                    // no SMTP server in this context: e-mail waits for one
                    : DeliveryState.PENDING);
        });
        Delivery headMail = rows.stream().filter(row -> row.kind() == NotificationKind.COMPLAINT_SLA_BREACH
                && row.recipient().equals(Delivery.staff(HEAD)) && row.channel() == NotificationChannel.EMAIL)
                .findFirst().orElseThrow();
        assertThat(headMail.address()).isEqualTo("head1@sub-fast.example");
        assertThat(headMail.language()).isEqualTo("en");
        assertThat(NotificationTexts.render(headMail.kind(), Language.EN, headMail.payload()).subject())
                .isEqualTo("Complaint " + id + " missed its customer contact deadline");
        Delivery supervisorMail = breaches.stream().filter(row -> row.recipient().equals(Delivery.staff(SUPERVISOR))
                && row.channel() == NotificationChannel.EMAIL).findFirst().orElseThrow();
        assertThat(supervisorMail.language()).isEqualTo("zh-CN");
        assertThat(NotificationTexts.render(supervisorMail.kind(), Language.ZH_CN, supervisorMail.payload()).body())
                .contains(id).contains("联系客户").contains("质量主管");
        assertThat(rows).noneMatch(row -> row.recipient().equals(Delivery.staff(BYSTANDER)));
    }

    @Test
    void aReplayOfTheWholeStreamTellsNobodyAgain() {
        String id = receive();
        await().atMost(Duration.ofSeconds(30)).until(() -> breaches(id) == 7);
        long before = count();

        PooledStreamingEventProcessor processor = processing
                .eventProcessor(NotificationPlanner.PROCESSING_GROUP, PooledStreamingEventProcessor.class).orElseThrow();
        processor.shutDown();
        processor.resetTokens(StreamableMessageSource::createTailToken);
        processor.start();
        // a complaint after the reset is planned once the replay has run through everything before it
        String later = receive();
        await().atMost(Duration.ofSeconds(60)).until(() -> breaches(later) == 7);

        assertThat(count()).isEqualTo(before + store.ofCase(later).size());
        assertThat(breaches(id)).isEqualTo(7);
    }

    private long breaches(String caseId) {
        return rows(caseId).stream().filter(row -> row.kind() == NotificationKind.COMPLAINT_SLA_BREACH).count();
    }

    private long count() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM notification_delivery", Long.class);
    }

    private List<Delivery> rows(String caseId) {
        return store.ofCase(caseId);
    }

    private String receive() {
        WebTestClient http = WebTestClient.bindToServer().baseUrl("http://localhost:" + port)
                .defaultHeaders(headers -> headers.setBasicAuth("tester", "tester"))
                .responseTimeout(Duration.ofSeconds(30)).build();
        return http.post().uri("/api/complaints").contentType(MediaType.APPLICATION_JSON).bodyValue("""
                        {"channel":"HOTLINE","customer":{"name":"Li Wei","phone":"13812341234"},
                         "content":"Invoice printed twice","demand":"Refund",
                         "target":{"subsidiaryId":"sub-fast","departmentId":"dept-billing"},"urgency":"NORMAL"}""")
                .exchange().expectStatus().isCreated()
                .expectBody(Map.class).returnResult().getResponseBody().get("complaintId").toString();
    }

    private void send(Object command) {
        CompletableFuture.runAsync(() -> commands.sendAndWait(GenericCommandMessage.asCommandMessage(command)
                .andMetaData(MetaData.with(MetadataKeys.PRINCIPAL, "test:organisation")))).join();
    }
}
