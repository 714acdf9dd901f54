package com.serviceledger.query.metrics;

import com.serviceledger.platform.security.Scope;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * One metrics request, validated: whole periods [from, to) (local dates), an optional grouping and
 * filters. The search reaches one period further back ({@link #fetchFrom()}) so the first period has a
 * change too. Every figure keeps to the reader's scope, whatever the filters.
 *
 * @param groupBy null for no grouping
 * @param scope   the reader's: the units asked for lie in it, and the counts are filtered by it
 */
record MetricQuery(MetricPeriod period, LocalDate from, LocalDate to, Dimension groupBy,
                   Map<Dimension, String> filters, Scope scope) {

    MetricQuery {
        filters = filters.isEmpty() ? Map.of() : Collections.unmodifiableMap(new EnumMap<>(filters));
    }

    LocalDate fetchFrom() {
        return period.previous(from);
    }

    /** The starts of the reported periods, oldest first. */
    List<LocalDate> periods() {
        return period.starts(from, to);
    }

    /**
     * Fails with a 400 naming {@code groupBy} (or the filter) when a source cannot be grouped or filtered
     * that way: answering without it would silently mix in figures the request excludes.
     */
    void requireSupport(String metric, List<MetricSource> sources) {
        for (MetricSource source : sources) {
            for (Dimension dimension : dimensions()) {
                if (!source.supports(dimension)) {
                    String parameter = dimension == groupBy ? "groupBy" : dimension.parameter();
                    throw com.serviceledger.query.web.QueryProblems.invalidParameter(parameter,
                            "cannot be used with " + metric + ": " + source.name() + " carry no "
                                    + dimension.groupName());
                }
            }
        }
    }

    /** Every dimension the request names (grouping and filters): a source must support them all. */
    List<Dimension> dimensions() {
        List<Dimension> used = new ArrayList<>(filters.keySet());
        if (groupBy != null && !used.contains(groupBy)) {
            used.add(groupBy);
        }
        return used;
    }
}
