package com.serviceledger.query.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.serviceledger.kernel.notification.NotificationChannel;
import com.serviceledger.kernel.notification.NotificationKind;
import com.serviceledger.platform.notification.Delivery;
import com.serviceledger.platform.notification.NotificationStore;
import com.serviceledger.query.support.Api;
import com.serviceledger.query.support.QuerySideTest;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.MediaType;
import org.springframework.http.codec.ServerSentEvent;
import reactor.core.Disposable;

/**
 * The inbox over HTTP, on rows planned straight into the delivery table as the notification processor plans them.
 * Each test has its own user and staff member (src/test/resources/config/application.properties), so no test sees
 * another's rows: {@code inbox-reader} (sub-1/dept-sales), {@code inbox-marker} and {@code inbox-listener} (sub-1).
 */
@QuerySideTest
class InboxTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Instant MAR10 = Instant.parse("2026-03-10T01:00:00Z");

    private final NotificationStore store;
    private final InboxFeed feed;
    private final Api api;

    InboxTest(NotificationStore store, InboxFeed feed, Api api) {
        this.store = store;
        this.feed = feed;
        this.api = api;
    }

    @Test
    void a_user_sees_their_own_notifications_within_their_scope_unread_first_then_newest_and_pages() {
        Delivery first = plan("inbox-reader", "sub-1", "dept-sales", "en", MAR10);
        Delivery second = plan("inbox-reader", "sub-1", "dept-sales", "zh-CN", MAR10.plusSeconds(60));
        Delivery third = plan("inbox-reader", "sub-1", "dept-sales", "zh-CN", MAR10.plusSeconds(120));
        // not shown: another department, another subsidiary, no department (only a whole-subsidiary scope covers
        // it), someone else's, and the e-mail of the same notification
        plan("inbox-reader", "sub-1", "dept-gate", "en", MAR10);
        plan("inbox-reader", "sub-2", "dept-sales", "en", MAR10);
        plan("inbox-reader", "sub-1", null, "en", MAR10);
        plan("inbox-other", "sub-1", "dept-sales", "en", MAR10);
        store.plan(Delivery.planned(UUID.randomUUID().toString(), Delivery.staff("inbox-reader"),
                NotificationChannel.EMAIL, NotificationKind.CASE_ASSIGNED, "CMP-mail", "sub-1", "dept-sales",
                "inbox-reader", "reader@example.com", "en", payload("CMP-mail", "sub-1", "dept-sales", MAR10), MAR10,
                Instant.now()));

        markRead("inbox-reader", second.id());

        Map<String, Object> inbox = api.as("inbox-reader").get().uri("/api/notifications").exchange()
                .expectStatus().isOk().expectBody(MAP).returnResult().getResponseBody();
        assertThat(ids(inbox)).containsExactly(third.id(), first.id(), second.id());
        assertThat(inbox).containsEntry("total", 3).containsEntry("unread", 2).containsEntry("size", 20);
        Map<String, Object> newest = items(inbox).getFirst();
        assertThat(newest).containsEntry("kind", "CASE_ASSIGNED").containsEntry("caseType", "complaint")
                .containsEntry("caseId", third.caseId()).containsEntry("subsidiaryId", "sub-1")
                .containsEntry("departmentId", "dept-sales").containsEntry("occurredAt", "2026-03-10T01:02:00Z")
                .containsEntry("read", false).containsEntry("readAt", null).containsEntry("language", "zh-CN")
                .containsEntry("title", "新案件交由您处理：" + third.caseId())
                .containsEntry("facts", Map.of("caseType", "complaint", "as", "HANDLER"));
        assertThat(items(inbox).get(1)).containsEntry("language", "en")
                .containsEntry("title", "A case for you: " + first.caseId())
                .containsEntry("text", "complaint " + first.caseId() + " is now in your hands.");
        assertThat(items(inbox).get(2)).containsEntry("read", true);
        assertThat(items(inbox).get(2).get("readAt")).isNotNull();

        // pages, only the unread, only the older, and the texts in the language asked for
        assertThat(ids(get("inbox-reader", "?size=2"))).containsExactly(third.id(), first.id());
        assertThat(ids(get("inbox-reader", "?size=2&page=1"))).containsExactly(second.id());
        Map<String, Object> unread = get("inbox-reader", "?unread=true");
        assertThat(ids(unread)).containsExactly(third.id(), first.id());
        assertThat(unread).containsEntry("total", 2);
        assertThat(ids(get("inbox-reader", "?before=" + third.seq()))).containsExactly(first.id(), second.id());
        assertThat(items(get("inbox-reader", "?lang=en")).getFirst())
                .containsEntry("language", "en").containsEntry("title", "A case for you: " + third.caseId());
        assertThat(items(get("inbox-reader", "?lang=zh-CN")).get(1))
                .containsEntry("text", "投诉 " + first.caseId() + " 已交由您处理。");
    }

    @Test
    void bad_parameters_are_400s_naming_them() {
        for (String[] bad : List.of(new String[] {"size=1000", "size"}, new String[] {"page=-1", "page"},
                new String[] {"before=0", "before"}, new String[] {"before=x", "before"},
                new String[] {"unread=maybe", "unread"}, new String[] {"lang=fr", "lang"})) {
            api.as("inbox-reader").get().uri("/api/notifications?" + bad[0]).exchange()
                    .expectStatus().isBadRequest()
                    .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                    .expectBody().jsonPath("$.errors[0].field").isEqualTo(bad[1]);
        }
        api.as("inbox-reader").post().uri("/api/notifications/read?before=-3")
                .contentType(MediaType.APPLICATION_JSON).exchange()
                .expectStatus().isBadRequest().expectBody().jsonPath("$.errors[0].field").isEqualTo("before");
        api.as("inbox-reader").get().uri("/api/notifications/stream?lang=xx").exchange()
                .expectStatus().isBadRequest().expectBody().jsonPath("$.errors[0].field").isEqualTo("lang");
    }

    @Test
    void marking_read_is_idempotent_and_never_touches_or_reveals_anyone_elses() {
        Delivery mine = plan("inbox-marker", "sub-1", "dept-gate", "en", MAR10);
        Delivery older = plan("inbox-marker", "sub-1", "dept-sales", "en", MAR10.plusSeconds(60));
        Delivery newest = plan("inbox-marker", "sub-1", "dept-sales", "en", MAR10.plusSeconds(120));
        Delivery outside = plan("inbox-marker", "sub-9", "dept-gate", "en", MAR10);
        Delivery others = plan("inbox-other", "sub-1", "dept-gate", "en", MAR10);

        Map<String, Object> read = markRead("inbox-marker", mine.id());
        assertThat(read).containsEntry("id", mine.id()).containsEntry("read", true);
        assertThat(read.get("readAt")).isNotNull();
        assertThat(markRead("inbox-marker", mine.id())).as("again: the first reading stays").isEqualTo(read);

        // someone else's, one of a unit outside the scope, an unknown id, and a user with no inbox: as unknown
        for (String[] call : List.of(new String[] {"inbox-marker", others.id()},
                new String[] {"inbox-marker", outside.id()}, new String[] {"inbox-marker", "no-such-notification"},
                new String[] {"tester", mine.id()})) {
            api.as(call[0]).post().uri("/api/notifications/{id}/read", call[1])
                    .contentType(MediaType.APPLICATION_JSON).exchange()
                    .expectStatus().isNotFound()
                    .expectBody().jsonPath("$.type").isEqualTo("urn:serviceledger:problem:not-found");
        }
        assertThat(store.find(others.id()).orElseThrow().readAt()).isNull();

        assertThat(markAll("inbox-marker", "?before=" + newest.seq()))
                .containsEntry("marked", 1).containsEntry("unread", 1);
        assertThat(store.find(older.id()).orElseThrow().readAt()).isNotNull();
        assertThat(markAll("inbox-marker", "")).containsEntry("marked", 1).containsEntry("unread", 0);
        assertThat(markAll("inbox-marker", "")).containsEntry("marked", 0).containsEntry("unread", 0);
        // outside the scope and someone else's stay as they were
        assertThat(store.find(outside.id()).orElseThrow().readAt()).isNull();
        assertThat(store.find(others.id()).orElseThrow().readAt()).isNull();
    }

    @Test
    void a_user_who_is_no_staff_member_has_an_empty_inbox() {
        plan("inbox-other", "sub-1", "dept-gate", "en", MAR10);
        Map<String, Object> inbox = get("tester", "");
        assertThat(items(inbox)).isEmpty();
        assertThat(inbox).containsEntry("unread", 0).containsEntry("total", 0);
        assertThat(markAll("tester", "")).containsEntry("marked", 0);
    }

    @Test
    void the_stream_sends_the_users_new_notifications_and_polls_only_while_somebody_listens() {
        assertThat(feed.polling()).isFalse();
        List<ServerSentEvent<Map<String, Object>>> seen = new CopyOnWriteArrayList<>();
        Disposable listening = api.as("inbox-listener").get().uri("/api/notifications/stream?lang=en")
                .accept(MediaType.TEXT_EVENT_STREAM).exchange()
                .expectStatus().isOk()
                .returnResult(new ParameterizedTypeReference<ServerSentEvent<Map<String, Object>>>() {
                })
                .getResponseBody()
                .subscribe(seen::add);
        try {
            await().atMost(Duration.ofSeconds(10)).until(() -> seen.stream().anyMatch(e -> "inbox".equals(e.comment())));
            assertThat(feed.polling()).isTrue();
            plan("inbox-other", "sub-1", "dept-gate", "en", MAR10);
            plan("inbox-listener", "sub-9", "dept-gate", "en", MAR10);
            Delivery mine = plan("inbox-listener", "sub-1", "dept-gate", "zh-CN", MAR10);

            await().atMost(Duration.ofSeconds(10)).until(() -> !notifications(seen).isEmpty());
            // the rows before it came first, had they been sent: only the listener's own in scope is
            assertThat(notifications(seen)).singleElement().satisfies(event -> {
                assertThat(event.id()).isEqualTo(String.valueOf(mine.seq()));
                assertThat(event.data()).containsEntry("id", mine.id()).containsEntry("read", false)
                        .containsEntry("language", "en").containsEntry("title", "A case for you: " + mine.caseId());
            });
            // and a heartbeat (1 s in the tests)
            await().atMost(Duration.ofSeconds(10)).until(() -> seen.stream()
                    .anyMatch(e -> "heartbeat".equals(e.comment())));
        } finally {
            listening.dispose();
        }
        await().atMost(Duration.ofSeconds(10)).until(() -> !feed.polling() && feed.listening() == 0);
    }

    @Test
    void a_user_who_is_no_staff_member_gets_an_open_silent_stream_and_nothing_is_polled_for_it() {
        List<ServerSentEvent<Map<String, Object>>> seen = new CopyOnWriteArrayList<>();
        Disposable listening = api.as("tester").get().uri("/api/notifications/stream")
                .accept(MediaType.TEXT_EVENT_STREAM).exchange()
                .expectStatus().isOk()
                .returnResult(new ParameterizedTypeReference<ServerSentEvent<Map<String, Object>>>() {
                })
                .getResponseBody()
                .subscribe(seen::add);
        try {
            await().atMost(Duration.ofSeconds(10)).until(() -> seen.stream().anyMatch(e -> "inbox".equals(e.comment())));
            assertThat(feed.polling()).isFalse();
        } finally {
            listening.dispose();
        }
    }

    private static final ParameterizedTypeReference<Map<String, Object>> MAP = new ParameterizedTypeReference<>() {
    };

    private Delivery plan(String staffId, String subsidiary, String department, String language, Instant at) {
        String caseId = "CMP-" + UUID.randomUUID().toString().substring(0, 8);
        Delivery planned = Delivery.planned(UUID.randomUUID().toString(), Delivery.staff(staffId),
                NotificationChannel.INBOX, NotificationKind.CASE_ASSIGNED, caseId, subsidiary, department, staffId,
                null, language, payload(caseId, subsidiary, department, at), at, Instant.now());
        assertThat(store.plan(planned)).isTrue();
        return store.find(planned.id()).orElseThrow();
    }

    /** As the notification processor writes it. */
    private static String payload(String caseId, String subsidiary, String department, Instant at) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("kind", "CASE_ASSIGNED");
        body.put("eventId", UUID.randomUUID().toString());
        body.put("occurredAt", at.toString());
        body.put("caseType", "complaint");
        body.put("caseId", caseId);
        body.put("subsidiaryId", subsidiary);
        body.put("departmentId", department);
        body.put("facts", Map.of("caseType", "complaint", "as", "HANDLER"));
        try {
            return JSON.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private Map<String, Object> get(String user, String query) {
        return api.as(user).get().uri("/api/notifications" + query).exchange()
                .expectStatus().isOk().expectBody(MAP).returnResult().getResponseBody();
    }

    private Map<String, Object> markRead(String user, String id) {
        return api.as(user).post().uri("/api/notifications/{id}/read", id).contentType(MediaType.APPLICATION_JSON)
                .exchange().expectStatus().isOk().expectBody(MAP).returnResult().getResponseBody();
    }

    private Map<String, Object> markAll(String user, String query) {
        return api.as(user).post().uri("/api/notifications/read" + query).contentType(MediaType.APPLICATION_JSON)
                .exchange().expectStatus().isOk().expectBody(MAP).returnResult().getResponseBody();
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> items(Map<String, Object> page) {
        return (List<Map<String, Object>>) page.get("items");
    }

    private static List<Object> ids(Map<String, Object> page) {
        return items(page).stream().map(item -> item.get("id")).toList();
    }

    private static List<ServerSentEvent<Map<String, Object>>> notifications(
            List<ServerSentEvent<Map<String, Object>>> events) {
        return events.stream().filter(event -> "notification".equals(event.event())).toList();
    }
}
