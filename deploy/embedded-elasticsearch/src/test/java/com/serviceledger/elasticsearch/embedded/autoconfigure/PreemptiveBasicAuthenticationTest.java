package com.serviceledger.elasticsearch.embedded.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetSocketAddress;
import java.net.URI;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.Test;
import org.springframework.boot.elasticsearch.autoconfigure.ElasticsearchConnectionDetails;

import co.elastic.clients.transport.rest5_client.low_level.Request;
import co.elastic.clients.transport.rest5_client.low_level.Rest5Client;
import co.elastic.clients.transport.rest5_client.low_level.Rest5ClientBuilder;
import com.sun.net.httpserver.HttpServer;

/** The very first request already carries the credential: no 401 round trip per request. */
class PreemptiveBasicAuthenticationTest {

    @Test
    void theFirstRequestCarriesTheConnectionDetailsCredential() throws Exception {
        List<String> seen = new CopyOnWriteArrayList<>();
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            seen.add(String.valueOf(exchange.getRequestHeaders().getFirst("Authorization")));
            exchange.getResponseHeaders().add("X-elastic-product", "Elasticsearch");
            exchange.sendResponseHeaders(200, -1);
            exchange.close();
        });
        server.start();
        ElasticsearchConnectionDetails details = new ElasticsearchConnectionDetails() {
            @Override
            public List<Node> getNodes() {
                return List.of(new Node("127.0.0.1", server.getAddress().getPort(), Node.Protocol.HTTP));
            }

            @Override
            public String getUsername() {
                return "serviceledger";
            }

            @Override
            public String getPassword() {
                return "s3cret";
            }
        };
        Rest5ClientBuilder builder = Rest5Client.builder(URI.create("http://127.0.0.1:" + server.getAddress().getPort()));
        new EmbeddedElasticsearchAutoConfiguration.PreemptiveBasicAuthentication(details).customize(builder);
        try (Rest5Client client = builder.build()) {
            client.performRequest(new Request("HEAD", "/"));
        } finally {
            server.stop(0);
        }

        // echo -n serviceledger:s3cret | base64
        assertThat(seen).containsExactly("Basic c2VydmljZWxlZGdlcjpzM2NyZXQ=");
    }
}
