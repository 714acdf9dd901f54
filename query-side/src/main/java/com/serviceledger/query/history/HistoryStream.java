package com.serviceledger.query.history;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.mapping.TypeMapping;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * The history data stream's index template, put at startup before any processor starts, so the first
 * {@code create} auto-creates the stream with this mapping (never a guessed one). Putting it again is
 * harmless; a changed mapping applies from the stream's next backing index.
 */
@Component
public class HistoryStream implements InitializingBean {

    private static final Logger log = LoggerFactory.getLogger(HistoryStream.class);

    private final ElasticsearchClient client;
    private final HistoryProperties properties;

    HistoryStream(ElasticsearchClient client, HistoryProperties properties) {
        this.client = client;
        this.properties = properties;
    }

    /** The name readers and writers use. */
    public String name() {
        return properties.dataStream();
    }

    @Override
    public void afterPropertiesSet() throws IOException {
        TypeMapping mapping = TypeMapping.of(m -> m.withJson(resource(properties.mappingResource())));
        client.indices().putIndexTemplate(t -> t
                .name(name())
                .withJson(resource(properties.templateResource()))
                .indexPatterns(name())
                .template(body -> body
                        .settings(s -> s
                                .numberOfShards(String.valueOf(properties.shards()))
                                .numberOfReplicas(String.valueOf(properties.replicas()))
                                .refreshInterval(i -> i.time(properties.refreshInterval())))
                        .mappings(mapping)));
        log.info("Index template {} of the history data stream is in place", name());
    }

    /** Makes everything appended so far searchable (tests). */
    public void refresh() throws IOException {
        client.indices().refresh(r -> r.index(name()).allowNoIndices(true).ignoreUnavailable(true));
    }

    private static InputStream resource(String path) {
        try {
            return new ClassPathResource(path).getInputStream();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + path, e);
        }
    }
}
