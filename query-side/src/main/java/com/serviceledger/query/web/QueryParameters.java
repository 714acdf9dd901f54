package com.serviceledger.query.web;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Locale;

/**
 * Reads raw query parameters, so every bad value becomes a 400 problem that names its parameter
 * (framework binding errors would not say which one).
 */
public final class QueryParameters {

    private QueryParameters() {
    }

    public static String text(String raw) {
        return raw == null || raw.isBlank() ? null : raw.trim();
    }

    public static <E extends Enum<E>> E enumValue(String name, String raw, Class<E> type) {
        String value = text(raw);
        if (value == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw QueryProblems.invalidParameter(name,
                    "must be one of " + Arrays.toString(type.getEnumConstants()) + ", was '" + value + "'");
        }
    }

    public static int integer(String name, String raw, int defaultValue, int min, int max) {
        String value = text(raw);
        if (value == null) {
            return defaultValue;
        }
        try {
            int parsed = Integer.parseInt(value);
            if (parsed >= min && parsed <= max) {
                return parsed;
            }
        } catch (NumberFormatException ignored) {
            // reported below
        }
        throw QueryProblems.invalidParameter(name, "must be a whole number from " + min + " to " + max);
    }

    /**
     * An instant, or a date read as the start of that day in {@code zone}; with {@code endOfDay} a date
     * means the start of the next day, so {@code to=2026-03-31} includes the 31st.
     */
    public static Instant instantOrDate(String name, String raw, ZoneId zone, boolean endOfDay) {
        String value = text(raw);
        if (value == null) {
            return null;
        }
        Instant instant;
        try {
            instant = Instant.parse(value);
        } catch (DateTimeException notAnInstant) {
            try {
                LocalDate date = LocalDate.parse(value);
                instant = (endOfDay ? date.plusDays(1) : date).atStartOfDay(zone).toInstant();
            } catch (DateTimeException e) {
                throw QueryProblems.invalidParameter(name,
                        "must be an ISO-8601 instant (2026-03-31T16:00:00Z) or date (2026-03-31)");
            }
        }
        // Elasticsearch reads four-digit years only: +999999999-12-31 failed the whole search (a 500, found by fuzzing)
        if (instant.isBefore(EARLIEST) || instant.isAfter(LATEST)) {
            throw QueryProblems.invalidParameter(name, "must lie between the years 0001 and 9999");
        }
        return instant;
    }

    private static final Instant EARLIEST = Instant.parse("0001-01-01T00:00:00Z");
    private static final Instant LATEST = Instant.parse("9999-12-31T23:59:59.999999999Z");

    public static YearMonth month(String name, String raw) {
        String value = text(raw);
        if (value == null) {
            throw QueryProblems.invalidParameter(name, "is required (a month like 2026-03)");
        }
        try {
            return YearMonth.parse(value);
        } catch (DateTimeException e) {
            throw QueryProblems.invalidParameter(name, "must be a month like 2026-03");
        }
    }

    /** An optional {@code true}/{@code false} parameter; anything else is a 400 naming it. */
    public static Boolean flag(String name, String raw) {
        String value = text(raw);
        if (value == null) {
            return null;
        }
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "true" -> true;
            case "false" -> false;
            default -> throw QueryProblems.invalidParameter(name, "must be true or false");
        };
    }
}
