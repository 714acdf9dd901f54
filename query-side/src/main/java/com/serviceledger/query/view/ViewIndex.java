package com.serviceledger.query.view;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.mapping.TypeMapping;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.core.io.ClassPathResource;

/**
 * A view's index behind its alias (e.g. {@code sq-complaints → sq-complaints-v1}). Created before any
 * event processor starts, so writes (which require the alias) never auto-create an index with a
 * guessed mapping. A later version, or a rebuild of the same one, is built beside the current index
 * ({@code sq-complaints-v2-20260301120000123}) and the alias swapped (see {@code query.rebuild}); so the
 * index behind the alias is whatever the alias says, never assumed from the configured version.
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

    /**
     * Where the index a rebuild has just replaced stays readable until the rebuild has caught up past the
     * swap: live writers read it besides the alias (see {@link ViewStore}).
     */
    public String retiringAlias() {
        return settings.alias() + "-retiring";
    }

    public IndexSettings settings() {
        return settings;
    }

    @Override
    public void afterPropertiesSet() throws IOException {
        ensureExists();
    }

    /**
     * Creates the configured version behind the alias if there is no alias yet. An alias pointing to an
     * older version is left alone: queries keep answering from it while a rebuild migrates it.
     */
    public void ensureExists() throws IOException {
        String current = currentIndex();
        if (current != null) {
            int version = versionOf(current).orElse(0);
            if (version < settings.version()) {
                log.info("Alias {} points to {} (v{}), the configuration says v{}: a rebuild will migrate it",
                        alias(), current, version, settings.version());
                extendMapping(current);
            }
            return;
        }
        String index = settings.versionedIndex();
        if (client.indices().exists(e -> e.index(index)).value()) {
            if (!client.indices().existsAlias(a -> a.name(alias()).index(index)).value()) {
                client.indices().putAlias(a -> a.index(index).name(alias()).isWriteIndex(true));
            }
            return;
        }
        create(index);
    }

    /**
     * Until the migration swaps the alias, the live processor writes documents of the new shape into the old
     * index. Fields a new version only adds are put onto the old index's mapping, so those writes are taken
     * instead of refused by its strict mapping and parked; a change that is not additive is refused by
     * Elasticsearch, and then those documents wait in the dead-letter queue for the swap.
     */
    private void extendMapping(String oldIndex) {
        TypeMapping mapping = mapping();
        try {
            client.indices().putMapping(m -> m.index(oldIndex).properties(mapping.properties()));
            log.info("Added the fields of mapping v{} to {} for the time of the migration", settings.version(),
                    oldIndex);
        } catch (ElasticsearchException | IOException e) {
            log.warn("Mapping v{} is not additive over {} ({}): until the migration swaps the alias, live "
                    + "writes of the new shape are parked", settings.version(), oldIndex, e.getMessage());
        }
    }

    /** The concrete index the alias points to, or null while there is no alias. */
    public String currentIndex() throws IOException {
        List<String> indices = indicesBehind(alias());
        return indices.isEmpty() ? null : indices.getFirst();
    }

    /** Whether the alias points to an index of an older mapping version than the configured one. */
    public boolean outdated() throws IOException {
        String current = currentIndex();
        return current != null && versionOf(current).orElse(0) < settings.version();
    }

    /** The mapping version in an index name ({@code <alias>-v<version>} or {@code <alias>-v<version>-<stamp>}). */
    public OptionalInt versionOf(String index) {
        Matcher matcher = Pattern.compile(Pattern.quote(alias()) + "-v(\\d+)(-.*)?").matcher(index);
        return matcher.matches() ? OptionalInt.of(Integer.parseInt(matcher.group(1))) : OptionalInt.empty();
    }

    /**
     * Creates a concrete index of the configured version for a rebuild, without any alias and without
     * periodic refreshes (nobody reads it before the swap).
     */
    public String createRebuildIndex(String stamp) throws IOException {
        String index = settings.versionedIndex() + "-" + stamp;
        create(index, "-1", false);
        return index;
    }

    /** Gives a rebuilt index its configured refresh interval and makes everything in it searchable. */
    public void readyForQueries(String index) throws IOException {
        client.indices().putSettings(p -> p.index(index)
                .settings(s -> s.refreshInterval(t -> t.time(settings.refreshInterval()))));
        client.indices().refresh(r -> r.index(index));
    }

    /** Drops the versioned index and creates it empty, for a replay from the first event. */
    public void recreate() throws IOException {
        String index = settings.versionedIndex();
        for (String current : indicesBehind(alias())) {
            client.indices().delete(d -> d.index(current).ignoreUnavailable(true));
        }
        client.indices().delete(d -> d.index(index).ignoreUnavailable(true));
        create(index);
        log.info("Recreated index {} behind alias {} for a replay", index, alias());
    }

    /** Makes everything written so far searchable (tests, and before an alias swap). */
    public void refresh() throws IOException {
        client.indices().refresh(r -> r.index(alias()));
    }

    private void create(String index) throws IOException {
        create(index, settings.refreshInterval(), true);
        log.info("Created index {} behind alias {}", index, alias());
    }

    private void create(String index, String refreshInterval, boolean behindAlias) throws IOException {
        TypeMapping mapping = mapping();
        client.indices().create(c -> {
            c.index(index)
                    .settings(s -> s
                            .numberOfShards(String.valueOf(settings.shards()))
                            .numberOfReplicas(String.valueOf(settings.replicas()))
                            .refreshInterval(t -> t.time(refreshInterval)))
                    .mappings(mapping);
            return behindAlias ? c.aliases(alias(), a -> a.isWriteIndex(true)) : c;
        });
    }

    private List<String> indicesBehind(String alias) throws IOException {
        if (!client.indices().existsAlias(a -> a.name(alias)).value()) {
            return List.of();
        }
        return client.indices().getAlias(a -> a.name(alias)).aliases().keySet().stream().sorted().toList();
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
