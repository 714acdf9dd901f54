package com.serviceledger.query.elasticsearch;

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
 * The complaint view's index behind its alias ({@code sq-complaints → sq-complaints-v1}). Created
 * before any event processor starts, so writes (which require the alias) never auto-create an index
 * with a guessed mapping. A later version is built beside the current one and the alias swapped.
 */
@Component
public class ComplaintIndex implements InitializingBean {

    private static final Logger log = LoggerFactory.getLogger(ComplaintIndex.class);
    private static final String MAPPING = "elasticsearch/complaints-mapping-v%d.json";

    private final ElasticsearchClient client;
    private final ComplaintIndexProperties properties;

    public ComplaintIndex(ElasticsearchClient client, ComplaintIndexProperties properties) {
        this.client = client;
        this.properties = properties;
    }

    /** The name readers and writers use. */
    public String alias() {
        return properties.alias();
    }

    @Override
    public void afterPropertiesSet() throws IOException {
        ensureExists();
    }

    public void ensureExists() throws IOException {
        String index = properties.versionedIndex();
        if (client.indices().exists(e -> e.index(index)).value()) {
            if (!client.indices().existsAlias(a -> a.name(alias()).index(index)).value()) {
                client.indices().putAlias(a -> a.index(index).name(alias()).isWriteIndex(true));
            }
            return;
        }
        create(index);
    }

    /** Drops the versioned index and creates it empty, for a replay from the first event. */
    public void recreate() throws IOException {
        String index = properties.versionedIndex();
        client.indices().delete(d -> d.index(index).ignoreUnavailable(true));
        create(index);
        log.info("Recreated index {} behind alias {} for a replay", index, alias());
    }

    /** Makes everything written so far searchable (tests, and before an alias swap). */
    public void refresh() throws IOException {
        client.indices().refresh(r -> r.index(alias()));
    }

    private void create(String index) throws IOException {
        TypeMapping mapping = mapping();
        client.indices().create(c -> c
                .index(index)
                .settings(s -> s
                        .numberOfShards(String.valueOf(properties.shards()))
                        .numberOfReplicas(String.valueOf(properties.replicas()))
                        .refreshInterval(t -> t.time(properties.refreshInterval())))
                .mappings(mapping)
                .aliases(alias(), a -> a.isWriteIndex(true)));
        log.info("Created index {} behind alias {}", index, alias());
    }

    private TypeMapping mapping() {
        String path = MAPPING.formatted(properties.version());
        try (InputStream json = new ClassPathResource(path).getInputStream()) {
            return TypeMapping.of(m -> m.withJson(json));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the index mapping " + path, e);
        }
    }
}
