package com.serviceledger.query.console;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.RoundingMode;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import org.springframework.web.reactive.function.server.ServerRequest;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * What the quality, people and reports pages share in reading the API's JSON answers: a field as text, a time in
 * the document's own zone, a page's items, a form's fresh idempotency key, a query string rebuilt from filters.
 */
final class ConsoleJson {

    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private ConsoleJson() {
    }

    /** The field as text; null when missing, null or empty. */
    static String text(JsonNode node, String field) {
        JsonNode value = node.path(field);
        if (value.isMissingNode() || value.isNull()) {
            return null;
        }
        String text = value.asText();
        return text.isEmpty() ? null : text;
    }

    static int number(JsonNode node, String field) {
        return node.path(field).asInt(0);
    }

    /** An instant of the API (ISO-8601) in the zone (UTC when none), to the minute; null when missing. */
    static String local(String instant, String zone) {
        if (instant == null) {
            return null;
        }
        try {
            ZoneId id = zone == null ? ZoneOffset.UTC : ZoneId.of(zone);
            return MINUTE.format(Instant.parse(instant).atZone(id));
        } catch (DateTimeException unreadable) {
            return instant;
        }
    }

    /** The zone as shown beside a time: the document's, or UTC said so. */
    static String zone(String zone) {
        return zone == null ? "UTC" : zone;
    }

    /** A decimal (a rate 0–1) as a percentage with one decimal; null when missing. */
    static String percent(JsonNode node, String field) {
        JsonNode value = node.path(field);
        if (!value.isNumber()) {
            return null;
        }
        return value.decimalValue().movePointRight(2).setScale(1, RoundingMode.HALF_UP).toPlainString() + "%";
    }

    /** A money amount or score as the API gives it (plain, no exponent); null when missing. */
    static String decimal(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isNumber() ? value.decimalValue().stripTrailingZeros().toPlainString() : null;
    }

    /** The items of a page answer ({@code {items: [...], total}}) mapped to rows. */
    static <T> List<T> items(JsonNode page, Function<JsonNode, T> row) {
        List<T> rows = new ArrayList<>();
        for (JsonNode item : page.path("items")) {
            rows.add(row.apply(item));
        }
        return rows;
    }

    /** The texts of an array field. */
    static List<String> texts(JsonNode node, String field) {
        List<String> texts = new ArrayList<>();
        for (JsonNode value : node.path(field)) {
            texts.add(value.asText());
        }
        return texts;
    }

    /** A query parameter, stripped; null when missing or blank. */
    static String param(ServerRequest request, String name) {
        return request.queryParam(name).map(String::strip).filter(value -> !value.isEmpty()).orElse(null);
    }

    /** A key for a form as it is rendered: sent twice (a double click, a reload), the API acts once. */
    static String formKey() {
        return UUID.randomUUID().toString();
    }

    /** {@code ?a=1&b=2} of the non-null pairs (name, value, name, value ...), encoded; empty when none. */
    static String query(String... pairs) {
        UriComponentsBuilder query = UriComponentsBuilder.newInstance();
        for (int i = 0; i + 1 < pairs.length; i += 2) {
            if (pairs[i + 1] != null) {
                query.queryParam(pairs[i], pairs[i + 1]);
            }
        }
        return query.encode().build().toUriString();
    }

    /** A path segment from the user (an id) encoded for the API's address. */
    static String segment(String value) {
        return org.springframework.web.util.UriUtils.encodePathSegment(value, java.nio.charset.StandardCharsets.UTF_8);
    }
}
