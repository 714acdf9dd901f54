package com.serviceledger.faults;

import com.fasterxml.jackson.databind.JsonNode;
import com.serviceledger.elasticsearch.embedded.NodeCredential;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Reads every document behind a view alias straight from Elasticsearch (loopback HTTP, no API in between):
 * a point in time over the alias, pages in {@code _shard_doc} order with {@code search_after}, so the read is
 * complete and consistent however many documents there are.
 */
final class ViewIndexReader {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int PAGE = 1000;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String baseUrl;
    private final NodeCredential credential;

    ViewIndexReader(String elasticsearchUrl, NodeCredential credential) {
        this.baseUrl = elasticsearchUrl;
        this.credential = credential;
    }

    /** Makes every write so far visible to search. */
    void refresh(String alias) throws IOException, InterruptedException {
        send("POST", "/" + alias + "/_refresh", null);
    }

    /** Document id → {@code _source}; empty when the alias does not exist yet. */
    Map<String, JsonNode> documents(String alias) throws IOException, InterruptedException {
        return documents(alias, id -> {
        });
    }

    /**
     * As {@link #documents(String)}, telling of each id read again: a data stream's backing indices are separate,
     * so after a rollover two of them may each hold a document of the same id.
     */
    Map<String, JsonNode> documents(String alias, Consumer<String> readAgain) throws IOException, InterruptedException {
        Map<String, JsonNode> documents = new LinkedHashMap<>();
        JsonNode opened = send("POST", "/" + alias + "/_pit?keep_alive=2m", null);
        if (opened == null) {
            return documents;
        }
        String pit = opened.path("id").asText();
        try {
            JsonNode after = null;
            while (true) {
                ObjectNode query = JSON.createObjectNode();
                query.put("size", PAGE);
                query.putObject("pit").put("id", pit).put("keep_alive", "2m");
                query.putArray("sort").addObject().put("_shard_doc", "asc");
                if (after != null) {
                    query.set("search_after", after);
                }
                JsonNode page = send("POST", "/_search", query);
                ArrayNode hits = (ArrayNode) page.path("hits").path("hits");
                if (hits.isEmpty()) {
                    return documents;
                }
                for (JsonNode hit : hits) {
                    if (documents.put(hit.path("_id").asText(), hit.path("_source")) != null) {
                        readAgain.accept(hit.path("_id").asText());
                    }
                }
                after = hits.get(hits.size() - 1).path("sort");
            }
        } finally {
            ObjectNode close = JSON.createObjectNode().put("id", pit);
            send("DELETE", "/_pit", close);
        }
    }

    /** The answer as JSON; null for a 404 (no such alias). */
    private JsonNode send(String method, String path, JsonNode body) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl + path)).timeout(Duration.ofMinutes(1))
                .header("Content-Type", "application/json")
                .header("Authorization", credential.authorization())
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)))
                .build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() == 404) {
            return null;
        }
        if (response.statusCode() / 100 != 2) {
            throw new IOException(method + " " + path + " answered " + response.statusCode() + ": " + response.body());
        }
        return JSON.readTree(response.body());
    }
}
