package com.serviceledger.query.history;

import static org.assertj.core.api.Assertions.assertThat;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import com.serviceledger.query.support.QuerySideTest;
import java.io.IOException;
import java.io.StringReader;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * What the history relies on from the embedded node: a composable index template with
 * {@code data_stream: {}}, bulk {@code create} auto-creating the data stream, and {@code flattened}.
 * (The {@code _data_stream} REST endpoints are not there: they come with a module the node lacks.)
 */
@QuerySideTest
class HistoryDataStreamSupportTest {

    private final ElasticsearchClient client;

    HistoryDataStreamSupportTest(ElasticsearchClient client) {
        this.client = client;
    }

    @Test
    void a_data_stream_template_with_a_flattened_field_is_accepted_and_bulk_create_auto_creates_the_stream()
            throws IOException {
        String stream = "probe-ds-" + UUID.randomUUID();
        client.indices().putIndexTemplate(t -> t.name(stream).withJson(new StringReader("""
                {"index_patterns": ["%s"], "data_stream": {}, "priority": 500,
                 "template": {"settings": {"number_of_replicas": 0},
                   "mappings": {"dynamic": "strict", "properties": {
                     "@timestamp": {"type": "date"}, "payload": {"type": "flattened"}}}}}
                """.formatted(stream))));

        BulkResponse first = client.bulk(b -> b.operations(o -> o.create(c -> c.index(stream).id("e1")
                .document(Map.of("@timestamp", "2026-03-01T00:00:00Z", "payload", Map.of("a", Map.of("b", "x")))))));
        BulkResponse again = client.bulk(b -> b.operations(o -> o.create(c -> c.index(stream).id("e1")
                .document(Map.of("@timestamp", "2026-03-01T00:00:00Z", "payload", Map.of("a", "y"))))));
        client.indices().refresh(r -> r.index(stream));

        assertThat(first.errors()).as(first.toString()).isFalse();
        assertThat(first.items().getFirst().index()).startsWith(".ds-" + stream);
        assertThat(again.items().getFirst().status()).isEqualTo(409);
        // the _data_stream REST API lives in a module the embedded node lacks; index resolution is core
        assertThat(client.indices().resolveIndex(r -> r.name(stream)).dataStreams())
                .singleElement().satisfies(ds -> assertThat(ds.name()).isEqualTo(stream));
        assertThat(client.search(s -> s.index(stream).query(q -> q.term(t -> t.field("payload.a.b").value("x"))),
                Void.class).hits().total().value()).isEqualTo(1);
    }
}
