package com.serviceledger.query.audit.replay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.serviceledger.query.complaint.ComplaintView;
import com.serviceledger.query.metrics.MetricBucket;
import com.serviceledger.query.metrics.MetricReport;
import com.serviceledger.query.metrics.MetricsHistory;
import com.serviceledger.query.support.Api;
import com.serviceledger.query.support.ComplaintEventLog;
import com.serviceledger.query.support.ComplaintStory;
import com.serviceledger.query.support.InspectionEventLog;
import com.serviceledger.query.support.QuerySideTest;
import com.serviceledger.query.support.ServiceRequestEventLog;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The offline replay reproduces the API's figures: the hand-counted history of {@link MetricsHistory}
 * (two zones, a dismissed complaint, breached items, a late fix) is appended to the real event store,
 * read back from {@code domainevententry} into export lines, folded in memory and counted in plain Java;
 * the answer must equal the API's (from the real Elasticsearch views) bucket by bucket: numerator,
 * denominator, value, change and details. Other tests share the store and the indices, so answers are
 * compared for this history's subsidiaries only.
 */
@QuerySideTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReplayMetricsAgreementTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final ComplaintEventLog complaints;
    private final ServiceRequestEventLog requests;
    private final InspectionEventLog others;
    private final ElasticsearchClient elasticsearch;
    private final Api api;
    private final DataSource dataSource;
    private final MetricsHistory h = new MetricsHistory();
    private ReplayedViews views;
    private ReplayMetrics engine;

    ReplayMetricsAgreementTest(ComplaintEventLog complaints, ServiceRequestEventLog requests,
                               InspectionEventLog others, ElasticsearchClient elasticsearch, Api api,
                               DataSource dataSource) {
        this.complaints = complaints;
        this.requests = requests;
        this.others = others;
        this.elasticsearch = elasticsearch;
        this.api = api;
        this.dataSource = dataSource;
    }

    @BeforeAll
    void appendHistoryAndReplayTheStore() throws IOException, SQLException {
        complaints.append(h.complaints);
        requests.append(h.requests);
        others.appendAndAwait(h.others);
        complaints.awaitProjected(h.complaints.toArray(ComplaintStory[]::new));
        requests.awaitProjected(h.requests);
        elasticsearch.indices().refresh(r -> r.index("sq-*"));

        // the live store → export lines → the engine: the path an auditor's export takes
        StringWriter export = new StringWriter();
        try (Connection connection = dataSource.getConnection()) {
            JdbcEvents.read(connection, event -> NdjsonEvents.write(event, export));
        }
        views = new ReplayedViews();
        NdjsonEvents.read(new BufferedReader(new StringReader(export.toString())), views::fold);
        engine = new ReplayMetrics(views, ReplayMetrics.DEFAULT_TARGET_CSAT_PERCENT);
    }

    @Test
    void foldedComplaintEqualsTheProjectedDocument() throws IOException {
        String c2 = h.complaints.get(1).complaintId();
        JsonNode api = JSON.readTree(body("/api/complaints/" + c2));
        ComplaintView replayed = (ComplaintView) views.find(c2).getValue();
        JsonNode offline = JSON.readTree(JSON.writer().writeValueAsString(
                new ObjectMapper().registerModule(new com.fasterxml.jackson.datatype.jsr310.JavaTimeModule())
                        .disable(com.fasterxml.jackson.databind.SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                        .valueToTree(replayed)));
        assertThat(offline.get("dismissed").asBoolean()).isTrue();
        for (String field : List.of("status", "receivedDate", "dismissed", "lastSequence", "subsidiaryId")) {
            assertThat(offline.get(field)).as(field).isEqualTo(api.get(field));
        }
        assertThat(offline.at("/sla/contact")).isEqualTo(api.at("/sla/contact"));

        // C7: two callback rounds, folded offline as projected
        String c7 = h.complaints.get(6).complaintId();
        JsonNode projected = JSON.readTree(body("/api/complaints/" + c7));
        JsonNode folded = new ObjectMapper().registerModule(new com.fasterxml.jackson.datatype.jsr310.JavaTimeModule())
                .disable(com.fasterxml.jackson.databind.SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .valueToTree(views.find(c7).getValue());
        assertThat(folded.get("callbacks")).hasSize(2).isEqualTo(projected.get("callbacks"));
    }

    /**
     * The replay follows the same rules as the API, figure for figure: every callback a score in its own period,
     * one callback item per resolution, and a breach counted although the complaint was dismissed later.
     */
    @Test
    void replayCountsEveryCallbackRoundAndTheBreachOfADismissedComplaintAsTheApiDoes() {
        ReplayQuery ofC = query(null, h.subC);
        MetricReport satisfaction = engine.satisfactionTrend(ofC);
        agree("/api/metrics/satisfaction-trend?from=2026-03&to=2026-05&subsidiaryId=" + h.subC, satisfaction, null);
        assertThat(satisfaction.series().getFirst().buckets()).extracting(b -> b.denominator())
                .containsExactly(1L, 3L);

        MetricReport onTime = engine.onTimeCompletion(ofC, List.of("callback", "on-site"));
        agree("/api/metrics/on-time-completion?from=2026-03&to=2026-05&kind=callback,on-site&subsidiaryId=" + h.subC,
                onTime, null);
        assertThat(onTime.series().get(0).buckets()).extracting(b -> b.numerator(), b -> b.denominator())
                .containsExactly(org.assertj.core.groups.Tuple.tuple(1L, 1L), org.assertj.core.groups.Tuple.tuple(2L, 4L));
        assertThat(onTime.series().get(1).buckets()).extracting(b -> b.numerator(), b -> b.denominator())
                .containsExactly(org.assertj.core.groups.Tuple.tuple(0L, 0L), org.assertj.core.groups.Tuple.tuple(0L, 1L));

        // by week too: the rounds' own dates, through the nested histogram
        Map<ReplayDimension, String> onlyC = Map.of(ReplayDimension.SUBSIDIARY, h.subC);
        agree("/api/metrics/satisfaction-trend?period=week&from=2026-03-30&to=2026-04-27&subsidiaryId=" + h.subC,
                engine.satisfactionTrend(ReplayQuery.parse("week", "2026-03-30", "2026-04-27", null, onlyC)), null);
        agree("/api/metrics/on-time-completion?period=week&from=2026-03-30&to=2026-04-27&kind=callback&subsidiaryId="
                + h.subC, engine.onTimeCompletion(ReplayQuery.parse("week", "2026-03-30", "2026-04-27", null, onlyC),
                List.of("callback")), null);
    }

    /**
     * The dead ends: C11 closed unresolved is a resolution not on time in April, R8 closed without survey has no
     * score and is reported beside the satisfaction figures; the replay counts both as the API does.
     */
    @Test
    void replayCountsUnresolvedClosuresAndRequestsClosedWithoutSurveyAsTheApiDoes() throws IOException {
        JsonNode c11 = JSON.readTree(body("/api/complaints/" + h.complaints.get(10).complaintId()));
        assertThat(c11.get("status").asText()).isEqualTo("CLOSED_UNRESOLVED");
        assertThat(c11.get("closedUnresolved").asBoolean()).isTrue();
        assertThat(c11.get("escalationCause").asText()).isEqualTo("REPEATED_REJECTION");
        assertThat(c11.at("/sla/resolution/onTime").asBoolean(true)).isFalse();
        JsonNode r8 = JSON.readTree(body("/api/service-requests/" + h.requests.get(7).requestId()));
        assertThat(r8.get("status").asText()).isEqualTo("CLOSED");
        assertThat(r8.get("closedWithoutSurvey").asBoolean()).isTrue();

        ReplayQuery ofD = query(null, h.subD);
        MetricReport onTime = engine.onTimeCompletion(ofD, List.of("complaint-resolution"));
        agree("/api/metrics/on-time-completion?from=2026-03&to=2026-05&kind=complaint-resolution&subsidiaryId="
                + h.subD, onTime, null);
        assertThat(onTime.series().getFirst().buckets()).extracting(b -> b.numerator(), b -> b.denominator())
                .containsExactly(org.assertj.core.groups.Tuple.tuple(0L, 0L), org.assertj.core.groups.Tuple.tuple(0L, 1L));

        MetricReport satisfaction = engine.satisfactionTrend(ofD);
        agree("/api/metrics/satisfaction-trend?from=2026-03&to=2026-05&subsidiaryId=" + h.subD, satisfaction, null);
        assertThat(satisfaction.series().getFirst().buckets()).extracting(b -> b.denominator(),
                        b -> b.details().get("closedWithoutSurvey"))
                .containsExactly(org.assertj.core.groups.Tuple.tuple(0L, 0L), org.assertj.core.groups.Tuple.tuple(0L, 1L));
    }

    /**
     * C13, a department's complaint (002 第5篇 二.2), is beside the rate and out of the satisfaction, offline as in
     * the API; the view says who complains and who answered the callback.
     */
    @Test
    void replayCountsTheDepartmentComplaintApartAsTheApiDoes() throws IOException {
        JsonNode c13 = JSON.readTree(body("/api/complaints/" + h.complaints.get(12).complaintId()));
        assertThat(c13.get("complainantKind").asText()).isEqualTo("DEPARTMENT");
        assertThat(c13.get("complainingDepartmentId").asText()).isEqualTo("DEP-SALES");
        assertThat(c13.get("callbackAnsweredBy").asText()).isEqualTo("HEAD-SALES-" + h.tag);
        assertThat(c13.has("customerId")).isFalse();

        ReplayQuery ofE = query(null, h.subE);
        MetricReport rate = engine.complaintRate(ofE);
        agree("/api/metrics/complaint-rate?from=2026-03&to=2026-05&subsidiaryId=" + h.subE, rate, null);
        MetricBucket april = rate.series().getFirst().buckets().get(1);
        assertThat(april.numerator()).isEqualTo(1);
        assertThat(april.details()).containsEntry("departmentComplaints", 1L).containsEntry("received", 1L);

        MetricReport satisfaction = engine.satisfactionTrend(ofE);
        agree("/api/metrics/satisfaction-trend?from=2026-03&to=2026-05&subsidiaryId=" + h.subE, satisfaction, null);
        assertThat(satisfaction.series().getFirst().buckets().get(1).denominator()).isEqualTo(1);

        MetricReport onTime = engine.onTimeCompletion(ofE, List.of("callback"));
        agree("/api/metrics/on-time-completion?from=2026-03&to=2026-05&kind=callback&subsidiaryId=" + h.subE, onTime,
                null);
        assertThat(onTime.series().getFirst().buckets().get(1).denominator()).isEqualTo(2);
    }

    @Test
    void complaintRateAgreesByDepartmentAndBySubsidiary() {
        for (String subsidiary : List.of(h.subA, h.subB, h.subC)) {
            agree("/api/metrics/complaint-rate?from=2026-03&to=2026-05&groupBy=department&subsidiaryId=" + subsidiary,
                    engine.complaintRate(query("department", subsidiary)), null);
        }
        agree("/api/metrics/complaint-rate?from=2026-03&to=2026-05&groupBy=subsidiary",
                engine.complaintRate(query("subsidiary", null)), Set.of(h.subA, h.subB, h.subC));
        // the dismissed complaint C2 (March, Shanghai) is beside the rate, not in it
        var march = engine.complaintRate(query("department", h.subA)).series().getFirst().buckets().getFirst();
        assertThat(march.numerator()).isEqualTo(1);
        assertThat(march.details()).containsEntry("dismissed", 1L).containsEntry("received", 2L);
    }

    @Test
    void onTimeCompletionAgreesForEveryKind() {
        for (String kind : ReplayMetrics.COMPLETION_KINDS) {
            agree("/api/metrics/on-time-completion?from=2026-03&to=2026-05&groupBy=subsidiary&kind=" + kind,
                    engine.onTimeCompletion(query("subsidiary", null), List.of(kind)), Set.of(h.subA, h.subB, h.subC));
            if (!kind.equals("rectification")) {
                agree("/api/metrics/on-time-completion?from=2026-03&to=2026-05&groupBy=department&kind=" + kind
                        + "&subsidiaryId=" + h.subA, engine.onTimeCompletion(query("department", h.subA),
                        List.of(kind)), null);
            }
        }
        // every applicable kind at once: by department, rectifications (judged per site) are left out
        agree("/api/metrics/on-time-completion?from=2026-03&to=2026-05&groupBy=department&subsidiaryId=" + h.subA,
                engine.onTimeCompletion(query("department", h.subA), null), null);
        // and asked for explicitly, refused naming groupBy, as the API refuses it
        assertThatThrownBy(() -> engine.onTimeCompletion(query("department", h.subA), List.of("rectification")))
                .isInstanceOf(ReplayException.class).extracting("parameter").isEqualTo("groupBy");
    }

    @Test
    void satisfactionTrendAgreesByDepartmentAndBySubsidiary() {
        for (String subsidiary : List.of(h.subA, h.subB, h.subC)) {
            agree("/api/metrics/satisfaction-trend?from=2026-03&to=2026-05&groupBy=department&subsidiaryId="
                    + subsidiary, engine.satisfactionTrend(query("department", subsidiary)), null);
        }
        agree("/api/metrics/satisfaction-trend?from=2026-03&to=2026-05&groupBy=subsidiary",
                engine.satisfactionTrend(query("subsidiary", null)), Set.of(h.subA, h.subB, h.subC));
    }

    @Test
    void weeksAndQuartersAgreeToo() {
        Map<ReplayDimension, String> onlyA = Map.of(ReplayDimension.SUBSIDIARY, h.subA);
        agree("/api/metrics/complaint-rate?period=week&from=2026-03-23&to=2026-04-13&subsidiaryId=" + h.subA,
                engine.complaintRate(ReplayQuery.parse("week", "2026-03-23", "2026-04-13", null, onlyA)), null);
        agree("/api/metrics/on-time-completion?period=quarter&from=2026-01&to=2026-07&subsidiaryId=" + h.subA,
                engine.onTimeCompletion(ReplayQuery.parse("quarter", "2026-01", "2026-07", null, onlyA), null), null);
    }

    /**
     * The auditor's path: the export endpoint's NDJSON for one subsidiary (every case it touched), replayed
     * alone, gives that subsidiary's figures. Events are stamped when appended, so the window spans all time.
     */
    @Test
    void theExportOfASubsidiaryReproducesItsFigures() {
        String ndjson = api.http().get().uri("/api/audit/export?from=2000-01-01&to=2100-01-01&unit=" + h.subA)
                .exchange().expectStatus().isOk().expectBody(String.class).returnResult().getResponseBody();
        ReplayedViews exported = new ReplayedViews();
        NdjsonEvents.read(new BufferedReader(new StringReader(ndjson)), exported::fold);
        assertThat(exported.problems()).isEmpty();
        assertThat(exported.of(ReplayedViews.Kind.COMPLAINT)).hasSize(4);
        ReplayMetrics offline = new ReplayMetrics(exported, ReplayMetrics.DEFAULT_TARGET_CSAT_PERCENT);
        String filter = "from=2026-03&to=2026-05&groupBy=department&subsidiaryId=" + h.subA;
        agree("/api/metrics/complaint-rate?" + filter, offline.complaintRate(query("department", h.subA)), null);
        agree("/api/metrics/on-time-completion?" + filter, offline.onTimeCompletion(query("department", h.subA), null),
                null);
        agree("/api/metrics/satisfaction-trend?" + filter, offline.satisfactionTrend(query("department", h.subA)), null);
    }

    private static ReplayQuery query(String groupBy, String subsidiary) {
        Map<ReplayDimension, String> filters = new EnumMap<>(ReplayDimension.class);
        if (subsidiary != null) {
            filters.put(ReplayDimension.SUBSIDIARY, subsidiary);
        }
        return ReplayQuery.parse("month", "2026-03", "2026-05", groupBy, filters);
    }

    /**
     * The engine's answer equals the API's: the request as understood, the details, and every series bucket
     * by bucket (of the given groups only when other tests' groups share the answer).
     */
    private void agree(String uri, MetricReport offline, Set<String> groups) {
        JsonNode expected = tree(body(uri));
        JsonNode actual;
        try {
            actual = JSON.readTree(JSON.writeValueAsString(offline));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        for (String field : List.of("metric", "definition", "period", "from", "to", "groupBy", "filters", "details")) {
            assertThat(actual.get(field)).as("%s of %s", field, uri).isEqualTo(expected.get(field));
        }
        List<String> names = new ArrayList<>();
        expected.get("series").forEach(s -> names.add(s.get("name").asText()));
        List<String> offlineNames = new ArrayList<>();
        actual.get("series").forEach(s -> offlineNames.add(s.get("name").asText()));
        assertThat(offlineNames).as("series of %s", uri).isEqualTo(names);
        long counted = 0;
        for (int i = 0; i < names.size(); i++) {
            List<JsonNode> want = buckets(expected.get("series").get(i), groups);
            List<JsonNode> got = buckets(actual.get("series").get(i), groups);
            assertThat(got).as("buckets of %s in %s", names.get(i), uri).isEqualTo(want);
            counted += want.stream().mapToLong(b -> b.get("denominator").asLong()).sum();
        }
        if (groups != null) {
            // both know this history's groups: the comparison is never of two empty lists
            assertThat(counted).as("figures of %s", uri).isPositive();
        }
    }

    private static List<JsonNode> buckets(JsonNode series, Set<String> groups) {
        List<JsonNode> buckets = new ArrayList<>();
        series.get("buckets").forEach(bucket -> {
            if (groups == null || groups.contains(bucket.get("group").asText())) {
                buckets.add(bucket);
            }
        });
        return buckets;
    }

    private String body(String uri) {
        return api.get(uri).expectStatus().isOk().expectBody(String.class).returnResult().getResponseBody();
    }

    private static JsonNode tree(String json) {
        try {
            return JSON.readTree(json);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
