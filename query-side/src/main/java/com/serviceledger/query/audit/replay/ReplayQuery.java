package com.serviceledger.query.audit.replay;

import com.serviceledger.kernel.common.Channel;
import com.serviceledger.kernel.servicerequest.ServiceCategory;
import com.serviceledger.query.metrics.MetricPeriod;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One replayed metrics request, read as the API reads its parameters ({@code query.metrics.MetricParameters}):
 * [from, to) in local dates, widened to whole periods, one period further back for the change.
 *
 * @param groupBy null for no grouping
 */
public record ReplayQuery(MetricPeriod period, LocalDate from, LocalDate to, ReplayDimension groupBy,
                          Map<ReplayDimension, String> filters) {

    public ReplayQuery {
        filters = filters.isEmpty() ? Map.of() : Collections.unmodifiableMap(new EnumMap<>(filters));
    }

    /** Widens [from, to) to whole periods, as the API does. */
    public static ReplayQuery of(MetricPeriod period, LocalDate from, LocalDate to, ReplayDimension groupBy,
                                 Map<ReplayDimension, String> filters) {
        LocalDate first = period.start(from);
        LocalDate last = period.start(to);
        LocalDate end = last.equals(to) ? to : period.next(last);
        if (!first.isBefore(end)) {
            throw new ReplayException("from", "must be before 'to'");
        }
        Map<ReplayDimension, String> checked = new EnumMap<>(ReplayDimension.class);
        filters.forEach((dimension, value) -> checked.put(dimension, check(dimension, value)));
        return new ReplayQuery(period, first, end, groupBy, checked);
    }

    /** Reads text parameters as the API would: {@code period} (default month), {@code from}/{@code to} dates or months. */
    public static ReplayQuery parse(String period, String from, String to, String groupBy,
                                    Map<ReplayDimension, String> filters) {
        return of(period(period), date("from", from), date("to", to), ReplayDimension.ofGroupName(groupBy), filters);
    }

    static MetricPeriod period(String raw) {
        if (raw == null || raw.isBlank()) {
            return MetricPeriod.MONTH;
        }
        try {
            return MetricPeriod.valueOf(raw.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new ReplayException("period", "must be one of day, week, month, quarter, year, was '" + raw + "'");
        }
    }

    /** A date (2026-03-31) or a month (2026-03, its first day). */
    static LocalDate date(String name, String raw) {
        if (raw == null || raw.isBlank()) {
            throw new ReplayException(name, "is required (a date like 2026-03-31 or a month like 2026-03)");
        }
        String value = raw.trim();
        try {
            return value.length() == 7 ? YearMonth.parse(value).atDay(1) : LocalDate.parse(value);
        } catch (DateTimeException e) {
            throw new ReplayException(name, "must be a date like 2026-03-31 or a month like 2026-03");
        }
    }

    /** The filter's value as the API takes it: trimmed, channels and categories by their upper-case names. */
    private static String check(ReplayDimension dimension, String value) {
        if (value == null || value.isBlank()) {
            throw new ReplayException(dimension.parameter(), "must not be blank");
        }
        try {
            return switch (dimension) {
                case CHANNEL -> Channel.valueOf(value.trim().toUpperCase(Locale.ROOT)).name();
                case CATEGORY -> ServiceCategory.valueOf(value.trim().toUpperCase(Locale.ROOT)).name();
                default -> value.trim();
            };
        } catch (IllegalArgumentException e) {
            throw new ReplayException(dimension.parameter(), "is not a known " + dimension.groupName()
                    + ", was '" + value + "'");
        }
    }

    LocalDate fetchFrom() {
        return period.previous(from);
    }

    /** The starts of the reported periods, oldest first. */
    List<LocalDate> periods() {
        return period.starts(from, to);
    }

    /** Every dimension the request names (grouping and filters). */
    List<ReplayDimension> dimensions() {
        List<ReplayDimension> used = new ArrayList<>(filters.keySet());
        if (groupBy != null && !used.contains(groupBy)) {
            used.add(groupBy);
        }
        return used;
    }
}
