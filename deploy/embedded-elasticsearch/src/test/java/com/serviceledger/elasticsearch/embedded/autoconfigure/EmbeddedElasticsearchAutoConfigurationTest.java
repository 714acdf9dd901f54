package com.serviceledger.elasticsearch.embedded.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.elasticsearch.autoconfigure.ElasticsearchConnectionDetails;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.elasticsearch.core.ElasticsearchOperations;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.Refresh;
import co.elastic.clients.elasticsearch._types.mapping.Property;
import co.elastic.clients.elasticsearch.core.SearchResponse;

import com.serviceledger.elasticsearch.embedded.EmbeddedElasticsearchNode;
import com.serviceledger.elasticsearch.embedded.TestNodes;

/** An application with WebFlux (a real Reactor Netty server next to the node's Netty) + Spring Data Elasticsearch + this module: Boot's clients talk to the embedded node. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "serviceledger.elasticsearch.embedded.enabled=true",
    "serviceledger.elasticsearch.embedded.shared-in-jvm=true"
})
class EmbeddedElasticsearchAutoConfigurationTest {

    record Complaint(String id, String status, String title) {
    }

    @SpringBootConfiguration
    @EnableAutoConfiguration
    static class Application {
    }

    /** The module's one node (with its start log captured), which the context then finds shared. */
    @BeforeAll
    static void sharedNodeFirst() {
        TestNodes.shared();
    }

    @Autowired
    EmbeddedElasticsearchNode node;

    @Autowired
    ElasticsearchConnectionDetails connectionDetails;

    @Autowired
    ElasticsearchClient client;

    @Autowired
    ElasticsearchOperations operations;

    @Test
    void bootsClientsPointAtTheSharedEmbeddedNode() throws Exception {
        assertThat(node.isShared()).isTrue();
        assertThat(node).isSameAs(EmbeddedElasticsearchNode.sharedInJvm(node.settings()));
        assertThat(connectionDetails.getNodes()).singleElement()
            .satisfies(n -> assertThat(n.port()).isEqualTo(node.httpPort()));
        assertThat(connectionDetails.getUsername()).isEqualTo("serviceledger");
        assertThat(connectionDetails.getPassword()).isEqualTo(node.credential().password());
        assertThat(client.info().version().number()).isEqualTo("9.5.3");
        assertThat(client.ping().value()).isTrue();
        assertThat(operations.getClass().getName()).contains("ElasticsearchTemplate");
    }

    @Test
    void indexesAndSearchesWithTheInjectedClient() throws Exception {
        String index = "spring-complaints";
        client.indices().create(c -> c.index(index)
            .mappings(m -> m.properties("status", Property.of(p -> p.keyword(k -> k)))
                .properties("title", Property.of(p -> p.text(t -> t)))));
        client.index(i -> i.index(index).id("c1").document(new Complaint("c1", "OPEN", "late delivery")).refresh(Refresh.True));
        client.index(i -> i.index(index).id("c2").document(new Complaint("c2", "CLOSED", "rude driver")).refresh(Refresh.True));

        SearchResponse<Complaint> found = client.search(s -> s.index(index)
            .query(q -> q.bool(b -> b.must(m -> m.match(t -> t.field("title").query("delivery")))
                .filter(f -> f.term(t -> t.field("status").value("OPEN"))))), Complaint.class);

        assertThat(found.hits().hits()).extracting(h -> h.source().id()).isEqualTo(List.of("c1"));
        client.indices().delete(d -> d.index(index));
    }

    @Test
    void springLogsThroughLogbackWhileElasticsearchUsesLog4jCore() {
        assertThat(LoggerFactory.getILoggerFactory()).isInstanceOf(ch.qos.logback.classic.LoggerContext.class);
        assertThat(org.apache.logging.log4j.LogManager.getContext(false))
            .isInstanceOf(org.apache.logging.log4j.core.LoggerContext.class);
    }
}
