package com.serviceledger.query.metrics;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Map;

/**
 * A metric's answer: the request as understood (whole periods, {@code to} exclusive) and one series per
 * kind of figure.
 *
 * @param definition how numerator and denominator are counted, in words
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record MetricReport(String metric, String definition, String period, String from, String to, String groupBy,
                           Map<String, String> filters, List<MetricSeries> series, Map<String, Object> details) {

    static MetricReport of(String metric, String definition, MetricQuery query, List<MetricSeries> series,
                           Map<String, Object> details) {
        Map<String, String> filters = new java.util.LinkedHashMap<>();
        query.filters().forEach((dimension, value) -> filters.put(dimension.parameter(), value));
        return new MetricReport(metric, definition, query.period().parameterValue(), query.from().toString(),
                query.to().toString(), query.groupBy() == null ? "none" : query.groupBy().groupName(), filters,
                series, details);
    }

    public MetricSeries series(String name) {
        return series.stream().filter(s -> s.name().equals(name)).findFirst().orElse(null);
    }
}
