package com.serviceledger.query.metrics;

import co.elastic.clients.elasticsearch._types.aggregations.CalendarInterval;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;

/**
 * A calendar period of the metrics (000 §5.3). Figures are bucketed on local dates stored in the views
 * (yyyy-MM-dd, read as UTC midnights), so a UTC date histogram yields exactly the local calendar
 * periods of each subsidiary. Weeks are ISO weeks (Monday first).
 */
public enum MetricPeriod {
    DAY(CalendarInterval.Day),
    WEEK(CalendarInterval.Week),
    MONTH(CalendarInterval.Month),
    QUARTER(CalendarInterval.Quarter),
    YEAR(CalendarInterval.Year);

    private final CalendarInterval interval;

    MetricPeriod(CalendarInterval interval) {
        this.interval = interval;
    }

    CalendarInterval interval() {
        return interval;
    }

    /** The first day of the period holding {@code date}. */
    public LocalDate start(LocalDate date) {
        return switch (this) {
            case DAY -> date;
            case WEEK -> date.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            case MONTH -> date.withDayOfMonth(1);
            case QUARTER -> date.withMonth(((date.getMonthValue() - 1) / 3) * 3 + 1).withDayOfMonth(1);
            case YEAR -> date.withDayOfYear(1);
        };
    }

    /** The first day of the next period, for a period start. */
    public LocalDate next(LocalDate start) {
        return switch (this) {
            case DAY -> start.plusDays(1);
            case WEEK -> start.plusWeeks(1);
            case MONTH -> start.plusMonths(1);
            case QUARTER -> start.plusMonths(3);
            case YEAR -> start.plusYears(1);
        };
    }

    /** The first day of the previous period, for a period start. */
    public LocalDate previous(LocalDate start) {
        return switch (this) {
            case DAY -> start.minusDays(1);
            case WEEK -> start.minusWeeks(1);
            case MONTH -> start.minusMonths(1);
            case QUARTER -> start.minusMonths(3);
            case YEAR -> start.minusYears(1);
        };
    }

    /** The starts of the periods from {@code from} (a period start) up to {@code to} (exclusive), oldest first. */
    public List<LocalDate> starts(LocalDate from, LocalDate to) {
        List<LocalDate> starts = new ArrayList<>();
        for (LocalDate start = from; start.isBefore(to); start = next(start)) {
            starts.add(start);
        }
        return starts;
    }

    /** The period's key: 2026-03-31, 2026-W09, 2026-03, 2026-Q1, 2026. */
    public String key(LocalDate start) {
        return switch (this) {
            case DAY -> start.toString();
            case WEEK -> "%d-W%02d".formatted(start.get(IsoFields.WEEK_BASED_YEAR),
                    start.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
            case MONTH -> "%d-%02d".formatted(start.getYear(), start.getMonthValue());
            case QUARTER -> start.getYear() + "-Q" + start.get(IsoFields.QUARTER_OF_YEAR);
            case YEAR -> String.valueOf(start.getYear());
        };
    }

    public String parameterValue() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
