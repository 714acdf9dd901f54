package com.serviceledger.standalone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Each subsidiary's satisfaction is judged against its own policy's target (000 §5.2.1, 001 §2.2 item 5), the
 * version in force at the period's end: two subsidiaries with the same CSAT (90 %) and targets of 85 % and 95 %,
 * one meets it and one does not; before either published a policy, the default applies; a group-wide figure says it
 * uses the default; the unit's evaluation report shows its own target.
 */
@StandaloneOnH2
class SatisfactionTargetPerSubsidiaryTest {

    static final ObjectMapper JSON = new ObjectMapper();

    @LocalServerPort
    int port;
    @Autowired
    TestOrganisation organisation;

    final String suffix = UUID.randomUUID().toString().substring(0, 6);
    final String lenient = "sub-t85-" + suffix;
    final String strict = "sub-t95-" + suffix;

    @Test
    void eachSubsidiaryIsJudgedAgainstItsOwnPolicysTargetInForceAtThePeriodsEnd() throws Exception {
        organisation.register(lenient);
        organisation.register(strict);
        publish(lenient, 70);
        publish(lenient, 85);
        publish(strict, 95);
        for (String subsidiary : new String[] {lenient, strict}) {
            for (int i = 0; i < 10; i++) {
                rate(subsidiary, i == 0 ? 2 : 5);
            }
        }
        YearMonth month = YearMonth.now(ZoneId.of("Asia/Shanghai"));
        // [from, to): this month
        String range = "from=" + month + "&to=" + month.plusMonths(1);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            JsonNode bucket = firstBucket(get("/api/metrics/satisfaction-trend?" + range + "&subsidiaryId=" + lenient));
            assertThat(bucket.path("denominator").asLong()).isEqualTo(10);
            assertThat(firstBucket(get("/api/metrics/satisfaction-trend?" + range + "&subsidiaryId=" + strict))
                    .path("denominator").asLong()).isEqualTo(10);
        });

        JsonNode lenientReport = get("/api/metrics/satisfaction-trend?" + range + "&subsidiaryId=" + lenient);
        JsonNode strictReport = get("/api/metrics/satisfaction-trend?" + range + "&subsidiaryId=" + strict);
        assertThat(firstBucket(lenientReport).path("value").asDouble()).isEqualTo(0.9);
        assertThat(firstBucket(lenientReport).path("details").path("meetsTarget").asBoolean()).isTrue();
        assertThat(firstBucket(lenientReport).path("details").path("targetCsat").asDouble()).isEqualTo(0.85);
        assertThat(lenientReport.path("details").path("targetCsat").asDouble()).isEqualTo(0.85);
        assertThat(firstBucket(strictReport).path("details").path("meetsTarget").asBoolean()).isFalse();
        assertThat(firstBucket(strictReport).path("details").path("targetCsat").asDouble()).isEqualTo(0.95);

        // grouped by subsidiary: each group its own target
        JsonNode grouped = get("/api/metrics/satisfaction-trend?" + range + "&groupBy=subsidiary");
        int judged = 0;
        for (JsonNode bucket : grouped.path("series").path(0).path("buckets")) {
            if (bucket.path("group").asText().equals(strict)) {
                assertThat(bucket.path("details").path("targetCsat").asDouble()).isEqualTo(0.95);
                judged++;
            } else if (bucket.path("group").asText().equals(lenient)) {
                assertThat(bucket.path("details").path("targetCsat").asDouble()).isEqualTo(0.85);
                judged++;
            }
        }
        assertThat(judged).isEqualTo(2);
        // the whole group together: the default, and it says so
        assertThat(get("/api/metrics/satisfaction-trend?" + range).path("details").path("targetSource").asText())
                .startsWith("default");
        // last month ended before either policy was published: the default judged it
        YearMonth last = month.minusMonths(1);
        JsonNode before = get("/api/metrics/satisfaction-trend?from=" + last + "&to=" + month + "&subsidiaryId="
                + strict);
        assertThat(firstBucket(before).path("details").path("targetCsat").asDouble()).isEqualTo(0.9);
        assertThat(firstBucket(before).path("details").path("targetSource").asText()).startsWith("default");

        // the unit's evaluation report: its own target
        JsonNode report = get("/api/reports/units/" + strict + "?period=month&at=" + month);
        boolean found = false;
        for (JsonNode figure : report.path("figures")) {
            if (figure.path("section").asText().equals("satisfaction-trend")
                    && figure.path("figure").asText().equals("target csat")) {
                assertThat(figure.path("value").asDouble()).isEqualTo(0.95);
                found = true;
            }
        }
        assertThat(found).as(report.toString()).isTrue();
    }

    private static JsonNode firstBucket(JsonNode report) {
        return report.path("series").path(0).path("buckets").path(0);
    }

    private void publish(String subsidiary, int target) throws Exception {
        HttpResponse<String> answer = send(RawApi.call(port, "POST", "/api/policies/" + subsidiary + "/versions",
                "admin", """
                {"timeZone":"Asia/Shanghai","holidays":[],"satisfactionTargetPercent":%d,
                 "complaint":{"contactTarget":"PT30M","contactHardLimit":"PT4H","onSiteTarget":"PT10M",
                 "resolutionDays":2,"resolutionDayKind":"CALENDAR","warningPercents":[50,80]}}""".formatted(target)));
        assertThat(answer.statusCode()).as(answer.body()).isBetween(200, 299);
    }

    private void rate(String subsidiary, int score) throws Exception {
        HttpResponse<String> answer = send(RawApi.call(port, "POST", "/api/ratings", "tester", """
                {"source":"PHONE_FOLLOW_UP","unit":{"subsidiaryId":"%s","departmentId":"dept-gate"},"score":%d}"""
                .formatted(subsidiary, score)));
        assertThat(answer.statusCode()).as(answer.body()).isBetween(200, 299);
    }

    private JsonNode get(String path) throws Exception {
        HttpResponse<String> answer = send(RawApi.call(port, "GET", path, "tester", null));
        assertThat(answer.statusCode()).as(path + ": " + answer.body()).isEqualTo(200);
        return JSON.readTree(answer.body());
    }

    private static HttpResponse<String> send(java.net.http.HttpRequest.Builder request) throws Exception {
        try (HttpClient http = HttpClient.newHttpClient()) {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        }
    }
}
