package com.serviceledger.query.view;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.mapping.TypeMapping;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.core.io.ClassPathResource;

/**
 * A view's index behind its alias (e.g. {@code sq-complaints → sq-complaints-v1}). Created before any
 * event processor starts, so writes (which require the alias) never auto-create an index with a
 * guessed mapping. A later version is built beside the current one and the alias swapped.
 */
public class ViewIndex implements InitializingBean {

    private static final Logger log = LoggerFactory.getLogger(ViewIndex.class);

    private final ElasticsearchClient client;
    private final IndexSettings settings;

    public ViewIndex(ElasticsearchClient client, IndexSettings settings) {
        this.client = client;
        this.settings = settings;
    }

    /** The name readers and writers use. */
    public String alias() {
        return settings.alias();
    }

    @Override
    public void afterPropertiesSet() throws IOException {
        ensureExists();
    }

    public void ensureExists() throws IOException {
        String index = settings.versionedIndex();
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
        String index = settings.versionedIndex();
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
                        .numberOfShards(String.valueOf(settings.shards()))
                        .numberOfReplicas(String.valueOf(settings.replicas()))
                        .refreshInterval(t -> t.time(settings.refreshInterval())))
                .mappings(mapping)
                .aliases(alias(), a -> a.isWriteIndex(true)));
        log.info("Created index {} behind alias {}", index, alias());
    }

    private TypeMapping mapping() {
        String path = settings.mappingResource();
        try (InputStream json = new ClassPathResource(path).getInputStream()) {
            return TypeMapping.of(m -> m.withJson(json));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the index mapping " + path, e);
        }
    }
}
