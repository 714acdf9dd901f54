package com.serviceledger.query.metrics;

import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import com.serviceledger.platform.security.Scope;
import com.serviceledger.query.security.ReadScope;
import java.util.List;
import java.util.Map;

/**
 * Where one kind of figure is counted: an index (alias), the local-date field that puts a document in a
 * period, the fields behind each dimension it supports (staff may be several: any of them matches) and
 * filters every counted document must pass.
 * <p>
 * A source may count the elements of a {@code nested} field instead of the documents ({@code nestedPath},
 * e.g. a complaint's callback rounds): then the date and month fields and {@code elementFilters} are the
 * elements' own ({@code callbacks.settledDate}), while the dimension fields and {@code filters} stay on the
 * parent document, and every count is a count of elements.
 *
 * @param monthField     a keyword field holding the local month ({@code yyyy-MM}) of {@code dateField}, written
 *                       with it from the same instant and zone, or null: monthly counts group on it, which the
 *                       node does in about half the time of a date histogram nested under the groups
 * @param nestedPath     the nested field whose elements are counted, or null to count documents
 * @param elementFilters filters every counted element must pass (empty when counting documents)
 */
record MetricSource(String name, String alias, String dateField, String monthField,
                    Map<Dimension, List<String>> fields, List<Query> filters, String nestedPath,
                    List<Query> elementFilters) {

    /** A source counting documents. */
    MetricSource(String name, String alias, String dateField, String monthField, Map<Dimension, List<String>> fields,
                 List<Query> filters) {
        this(name, alias, dateField, monthField, fields, filters, null, List.of());
    }

    boolean supports(Dimension dimension) {
        return fields.containsKey(dimension);
    }

    boolean supportsAll(List<Dimension> dimensions) {
        return dimensions.stream().allMatch(this::supports);
    }

    /** The documents the scope covers, by the fields of this source's units (rectifications have no department). */
    Query scope(Scope scope) {
        return ReadScope.filter(scope, groupField(Dimension.SUBSIDIARY),
                supports(Dimension.DEPARTMENT) ? groupField(Dimension.DEPARTMENT) : null);
    }

    boolean nested() {
        return nestedPath != null;
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
        if (nested()) {
            throw new IllegalStateException(this.name + " counts the elements of " + nestedPath);
        }
        List<Query> all = new java.util.ArrayList<>(filters);
        all.addAll(moreFilters);
        return new MetricSource(name, alias, otherDateField, otherMonthField, fields, List.copyOf(all));
    }

    /**
     * The elements of a nested field of these documents, each in the period of its own date: dimensions and
     * filters of the documents apply to their elements.
     */
    MetricSource elements(String name, String path, String elementDateField, String elementMonthField,
                          List<Query> filtersOfElements) {
        if (nested()) {
            throw new IllegalStateException(this.name + " already counts the elements of " + nestedPath);
        }
        return new MetricSource(name, alias, elementDateField, elementMonthField, fields, filters, path,
                List.copyOf(filtersOfElements));
    }
}
