package com.serviceledger.query.metrics;

import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import java.util.List;
import java.util.Map;

/**
 * Where one kind of figure is counted: an index (alias), the local-date field that puts a document in a
 * period, the fields behind each dimension it supports (staff may be several: any of them matches) and
 * filters every counted document must pass.
 *
 * @param monthField a keyword field holding the local month ({@code yyyy-MM}) of {@code dateField}, written
 *                   with it from the same instant and zone, or null: monthly counts group on it, which the
 *                   node does in about half the time of a date histogram nested under the groups
 */
record MetricSource(String name, String alias, String dateField, String monthField,
                    Map<Dimension, List<String>> fields, List<Query> filters) {

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

    /** The same documents counted in the period of another date, whose local-month keyword (or null) is given. */
    MetricSource on(String name, String otherDateField, String otherMonthField, List<Query> moreFilters) {
        List<Query> all = new java.util.ArrayList<>(filters);
        all.addAll(moreFilters);
        return new MetricSource(name, alias, otherDateField, otherMonthField, fields, List.copyOf(all));
    }
}
