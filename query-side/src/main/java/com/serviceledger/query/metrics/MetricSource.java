package com.serviceledger.query.metrics;

import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import java.util.List;
import java.util.Map;

/**
 * Where one kind of figure is counted: an index (alias), the local-date field that puts a document in a
 * period, the fields behind each dimension it supports (staff may be several: any of them matches) and
 * filters every counted document must pass.
 */
record MetricSource(String name, String alias, String dateField, Map<Dimension, List<String>> fields,
                    List<Query> filters) {

    boolean supports(Dimension dimension) {
        return fields.containsKey(dimension);
    }

    boolean supportsAll(List<Dimension> dimensions) {
        return dimensions.stream().allMatch(this::supports);
    }

    /** The field a grouping uses (the first one named for the dimension). */
    String groupField(Dimension dimension) {
        return fields.get(dimension).getFirst();
    }

    List<String> filterFields(Dimension dimension) {
        return fields.get(dimension);
    }

    MetricSource on(String name, String otherDateField, List<Query> moreFilters) {
        List<Query> all = new java.util.ArrayList<>(filters);
        all.addAll(moreFilters);
        return new MetricSource(name, alias, otherDateField, fields, List.copyOf(all));
    }
}
