package com.serviceledger.query.view;

/**
 * Where a view lives: readers and writers only know the alias; the versioned index behind it can be
 * rebuilt under a new version and swapped in. Each view's {@code @ConfigurationProperties} record
 * implements this.
 */
public interface IndexSettings {

    /** The name every reader and writer uses. */
    String alias();

    /** The mapping version; the concrete index is {@code alias + "-v" + version}. */
    int version();

    /** Primary shards of a new index. */
    int shards();

    /** Replicas of a new index (0 on a single node, or it never turns green). */
    int replicas();

    /** How soon written documents become searchable, e.g. {@code 1s}. */
    String refreshInterval();

    /** The mapping resource on the classpath, with {@code %d} for the version. */
    String mappingPattern();

    default String versionedIndex() {
        return alias() + "-v" + version();
    }

    default String mappingResource() {
        return mappingPattern().formatted(version());
    }
}
