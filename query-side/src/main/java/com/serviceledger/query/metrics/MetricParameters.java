package com.serviceledger.query.metrics;

import com.serviceledger.kernel.common.Channel;
import com.serviceledger.kernel.servicerequest.ServiceCategory;
import com.serviceledger.platform.security.Scope;
import com.serviceledger.query.security.ReadScope;
import com.serviceledger.query.web.QueryParameters;
import com.serviceledger.query.web.QueryProblems;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.util.MultiValueMap;
import reactor.core.publisher.Mono;

/**
 * Reads a metrics request; every bad value is a 400 problem naming its parameter. {@code from} and
 * {@code to} are local dates (or months, yyyy-MM), {@code to} exclusive, widened to whole periods. A unit outside
 * the reader's scope is a 403 naming its parameter.
 */
final class MetricParameters {

    private MetricParameters() {
    }

    /** The request as the caller may ask it: every metric endpoint reads its parameters here. */
    static Mono<MetricQuery> parse(MultiValueMap<String, String> params, MetricsProperties properties) {
        return ReadScope.current().map(scope -> parse(params, properties, scope));
    }

    static MetricQuery parse(MultiValueMap<String, String> params, MetricsProperties properties, Scope scope) {
        MetricPeriod period = period(params.getFirst("period"));
        LocalDate from = date("from", params.getFirst("from"));
        LocalDate to = date("to", params.getFirst("to"));
        Dimension groupBy = groupBy(params.getFirst("groupBy"));
        Map<Dimension, String> filters = new EnumMap<>(Dimension.class);
        for (Dimension dimension : List.of(Dimension.SUBSIDIARY, Dimension.DEPARTMENT, Dimension.POST)) {
            String value = QueryParameters.text(params.getFirst(dimension.parameter()));
            if (value != null) {
                filters.put(dimension, value);
            }
        }
        Channel channel = QueryParameters.enumValue("channel", params.getFirst("channel"), Channel.class);
        if (channel != null) {
            filters.put(Dimension.CHANNEL, channel.name());
        }
        ServiceCategory category = QueryParameters.enumValue("category", params.getFirst("category"),
                ServiceCategory.class);
        if (category != null) {
            filters.put(Dimension.CATEGORY, category.name());
        }
        RequestedUnit.requireInScope(scope, Dimension.SUBSIDIARY.parameter(), filters.get(Dimension.SUBSIDIARY),
                Dimension.DEPARTMENT.parameter(), filters.get(Dimension.DEPARTMENT));
        return query(period, from, to, groupBy, filters, scope, properties);
    }

    /** Widens [from, to) to whole periods and checks its length. */
    static MetricQuery query(MetricPeriod period, LocalDate from, LocalDate to, Dimension groupBy,
                             Map<Dimension, String> filters, Scope scope, MetricsProperties properties) {
        LocalDate first = period.start(from);
        LocalDate last = period.start(to);
        LocalDate end = last.equals(to) ? to : period.next(last);
        if (!first.isBefore(end)) {
            throw QueryProblems.invalidParameter("from", "must be before 'to'");
        }
        MetricQuery query = new MetricQuery(period, first, end, groupBy, filters, scope);
        if (query.periods().size() > properties.maxBuckets()) {
            throw QueryProblems.invalidParameter("to", "gives more than " + properties.maxBuckets()
                    + " periods after 'from'");
        }
        return query;
    }

    static MetricPeriod period(String raw) {
        MetricPeriod period = QueryParameters.enumValue("period", raw, MetricPeriod.class);
        return period == null ? MetricPeriod.MONTH : period;
    }

    /** A date (2026-03-31) or a month (2026-03, its first day); required. */
    static LocalDate date(String name, String raw) {
        String value = QueryParameters.text(raw);
        if (value == null) {
            throw QueryProblems.invalidParameter(name, "is required (a date like 2026-03-31 or a month like 2026-03)");
        }
        try {
            return value.length() == 7 ? YearMonth.parse(value).atDay(1) : LocalDate.parse(value);
        } catch (DateTimeException e) {
            throw QueryProblems.invalidParameter(name, "must be a date like 2026-03-31 or a month like 2026-03");
        }
    }

    static Dimension groupBy(String raw) {
        String value = QueryParameters.text(raw);
        if (value == null || value.equalsIgnoreCase("none")) {
            return null;
        }
        for (Dimension dimension : Dimension.values()) {
            if (dimension != Dimension.STAFF && dimension.groupName().equalsIgnoreCase(value)) {
                return dimension;
            }
        }
        throw QueryProblems.invalidParameter("groupBy",
                "must be one of none, subsidiary, department, post, channel, category, was '" + value + "'");
    }

    /** Comma-separated or repeated {@code kind} values; null when none is given (every kind). */
    static List<CompletionKind> kinds(List<String> raw) {
        if (raw == null || raw.isEmpty()) {
            return null;
        }
        List<CompletionKind> kinds = new ArrayList<>();
        for (String values : raw) {
            for (String value : values.split(",")) {
                String name = value.trim().toLowerCase(Locale.ROOT);
                if (name.isEmpty()) {
                    continue;
                }
                CompletionKind kind = CompletionKind.of(name);
                if (kind == null) {
                    throw QueryProblems.invalidParameter("kind", "must be among service-request, complaint-resolution,"
                            + " rectification, contact, on-site, callback; was '" + value.trim() + "'");
                }
                if (!kinds.contains(kind)) {
                    kinds.add(kind);
                }
            }
        }
        return kinds.isEmpty() ? null : kinds;
    }
}
