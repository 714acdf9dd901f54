package com.serviceledger.query.view;

/** Index settings assembled in code, for views that share one properties record. */
public record SimpleIndexSettings(String alias, int version, int shards, int replicas, String refreshInterval,
                                  String mappingPattern) implements IndexSettings {
}
