package com.serviceledger.query.metrics;

import co.elastic.clients.elasticsearch._types.query_dsl.Query;

/**
 * A figure counted per group and period beside the document count: matching documents, a field's sum, or
 * the documents per value of a small integer field (a 1–5 score), from which sums and thresholds follow
 * exactly ({@link PeriodCounts.Counts#sum}, {@link PeriodCounts.Counts#countAtLeast}).
 */
sealed interface Figure {

    record Matching(Query query) implements Figure {
    }

    record Sum(String field) implements Figure {
    }

    /** @param maxValues how many distinct values the field can hold (more found is an error, never a silent cut) */
    record ValueCounts(String field, int maxValues) implements Figure {
    }

    static Figure matching(Query query) {
        return new Matching(query);
    }

    static Figure sum(String field) {
        return new Sum(field);
    }

    static Figure valueCounts(String field, int maxValues) {
        return new ValueCounts(field, maxValues);
    }
}
