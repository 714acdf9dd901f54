package com.serviceledger.query.metrics;

import co.elastic.clients.elasticsearch._types.query_dsl.Query;

/** A figure counted per group and period beside the document count: matching documents, or a field's sum. */
sealed interface Figure {

    record Matching(Query query) implements Figure {
    }

    record Sum(String field) implements Figure {
    }

    static Figure matching(Query query) {
        return new Matching(query);
    }

    static Figure sum(String field) {
        return new Sum(field);
    }
}
