package com.serviceledger.elasticsearch.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The plain node over HTTP: what the query side's projections and views rely on. */
class EmbeddedElasticsearchNodeTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static EmbeddedElasticsearchNode node;

    @BeforeAll
    static void startNode() {
        node = TestNodes.shared();
    }

    @Test
    void rootAnswersLikeElasticsearch() throws Exception {
        Response root = call("GET", "/", null);

        assertThat(root.status()).isEqualTo(200);
        assertThat(root.json().path("version").path("number").asText()).isEqualTo("9.5.3");
        assertThat(root.json().path("cluster_name").asText()).isEqualTo(node.clusterName());
        assertThat(root.json().path("cluster_uuid").asText()).isNotBlank().isNotEqualTo("_na_");
        assertThat(root.json().path("tagline").asText()).isEqualTo("You Know, for Search");
        assertThat(root.headers().firstValue("X-elastic-product")).contains("Elasticsearch");
        assertThat(call("HEAD", "/", null).status()).isEqualTo(200);
    }

    @Test
    void versionedBulkWritesMgetAndCalendarAggregationsThroughAnAlias() throws Exception {
        String index = "plain-complaints-v1";
        String alias = "plain-complaints";
        Response created = call("PUT", "/" + index, """
            {
              "settings": {"number_of_shards": 1, "number_of_replicas": 0},
              "mappings": {
                "dynamic": "strict",
                "properties": {
                  "status":     {"type": "keyword"},
                  "title":      {"type": "text"},
                  "receivedAt": {"type": "date"},
                  "overdue":    {"type": "boolean"},
                  "priority":   {"type": "integer"},
                  "sequence":   {"type": "long"},
                  "score":      {"type": "double"}
                }
              }
            }""");
        assertThat(created.status()).as(created.body()).isEqualTo(200);
        Response aliased = call("POST", "/_aliases", """
            {"actions": [{"add": {"index": "%s", "alias": "%s"}}]}""".formatted(index, alias));
        assertThat(aliased.status()).as(aliased.body()).isEqualTo(200);

        // Asia/Shanghai is UTC+8: 2024-01-31T20:00Z is already February there
        Response bulk = call("POST", "/" + alias + "/_bulk?refresh=true", ndjson(
            doc("c1", 3, "OPEN", "2024-01-10T02:00:00Z", true, 2.5),
            doc("c2", 5, "OPEN", "2024-01-31T20:00:00Z", false, 4.0),
            doc("c3", 1, "CLOSED", "2024-02-15T08:00:00Z", true, 3.0),
            doc("c4", 7, "OPEN", "2024-03-01T00:00:00Z", true, 5.0)));
        assertThat(bulk.status()).as(bulk.body()).isEqualTo(200);
        assertThat(bulk.json().path("errors").asBoolean()).as(bulk.body()).isFalse();

        // a replayed (older) version is rejected as a conflict; the stored document is unchanged
        Response stale = call("POST", "/" + alias + "/_bulk?refresh=true",
            ndjson(doc("c2", 4, "CLOSED", "2024-01-31T20:00:00Z", false, 1.0)));
        assertThat(stale.json().path("errors").asBoolean()).isTrue();
        assertThat(stale.json().path("items").get(0).path("index").path("status").asInt()).isEqualTo(409);
        assertThat(stale.json().path("items").get(0).path("index").path("error").path("type").asText())
            .isEqualTo("version_conflict_engine_exception");

        Response mget = call("POST", "/" + alias + "/_mget", """
            {"ids": ["c1", "c2", "missing"]}""");
        assertThat(mget.status()).as(mget.body()).isEqualTo(200);
        JsonNode docs = mget.json().path("docs");
        assertThat(docs.get(0).path("_version").asLong()).isEqualTo(3);
        assertThat(docs.get(1).path("_version").asLong()).isEqualTo(5);
        assertThat(docs.get(1).path("_source").path("status").asText()).isEqualTo("OPEN");
        assertThat(docs.get(2).path("found").asBoolean()).isFalse();

        Response search = call("POST", "/" + alias + "/_search", """
            {
              "size": 0,
              "aggs": {
                "per_month": {
                  "date_histogram": {"field": "receivedAt", "calendar_interval": "month", "time_zone": "Asia/Shanghai"},
                  "aggs": {
                    "by_status": {"terms": {"field": "status"}},
                    "overdue":   {"filter": {"term": {"overdue": true}}, "aggs": {"avg_score": {"avg": {"field": "score"}}}},
                    "score_sum": {"sum": {"field": "score"}},
                    "count":     {"value_count": {"field": "sequence"}},
                    "statuses":  {"cardinality": {"field": "status"}}
                  }
                }
              }
            }""");
        assertThat(search.status()).as(search.body()).isEqualTo(200);
        Map<String, JsonNode> months = new HashMap<>();
        search.json().path("aggregations").path("per_month").path("buckets")
            .forEach(bucket -> months.put(bucket.path("key_as_string").asText().substring(0, 7), bucket));

        assertThat(months).containsOnlyKeys("2024-01", "2024-02", "2024-03");
        assertThat(months.get("2024-01").path("doc_count").asInt()).isEqualTo(1);
        JsonNode february = months.get("2024-02");
        assertThat(february.path("doc_count").asInt()).isEqualTo(2);
        assertThat(bucketCounts(february.path("by_status"))).containsEntry("OPEN", 1).containsEntry("CLOSED", 1);
        assertThat(february.path("overdue").path("doc_count").asInt()).isEqualTo(1);
        assertThat(february.path("overdue").path("avg_score").path("value").asDouble()).isEqualTo(3.0);
        assertThat(february.path("score_sum").path("value").asDouble()).isEqualTo(7.0);
        assertThat(february.path("count").path("value").asInt()).isEqualTo(2);
        assertThat(february.path("statuses").path("value").asInt()).isEqualTo(2);
        assertThat(months.get("2024-03").path("overdue").path("doc_count").asInt()).isEqualTo(1);

        assertThat(call("DELETE", "/" + index, null).status()).isEqualTo(200);
        assertThat(call("GET", "/" + alias, null).status()).isEqualTo(404);
    }

    private static Map<String, Integer> bucketCounts(JsonNode terms) {
        Map<String, Integer> counts = new HashMap<>();
        terms.path("buckets").forEach(b -> counts.put(b.path("key").asText(), b.path("doc_count").asInt()));
        return counts;
    }

    private static String doc(String id, long version, String status, String receivedAt, boolean overdue, double score) {
        return """
            {"index": {"_id": "%s", "version": %d, "version_type": "external"}}
            {"status": "%s", "title": "complaint %s", "receivedAt": "%s", "overdue": %s, "priority": 2, "sequence": %d, "score": %s}
            """.formatted(id, version, status, id, receivedAt, overdue, version, score);
    }

    private static String ndjson(String... lines) {
        return String.join("", lines);
    }

    private static Response call(String method, String path, String body) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(node.httpUri() + path))
            .header("Authorization", node.credential().authorization());
        if (body == null) {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            String contentType = path.contains("_bulk") ? "application/x-ndjson" : "application/json";
            request.header("Content-Type", contentType).method(method, HttpRequest.BodyPublishers.ofString(body));
        }
        HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        return new Response(response.statusCode(), response.body(), response.headers());
    }

    private record Response(int status, String body, java.net.http.HttpHeaders headers) {
        JsonNode json() throws IOException {
            return JSON.readTree(body);
        }
    }
}
