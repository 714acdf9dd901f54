package com.serviceledger.platform.notification;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.serviceledger.kernel.notification.NotificationKind;
import com.serviceledger.kernel.organisation.Language;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A notification's subject and text in the recipient's language (zh-CN, the default, or en), from the bundles
 * {@code notifications/texts*.properties}: the same words in the inbox, the e-mail and the console.
 */
public final class NotificationTexts {

    /** Facts whose values are names of things the bundle translates ({@code target.CONTACT}, ...). */
    private static final List<String> TRANSLATED = List.of("target", "level", "caseType", "severity", "outcome");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z]+)}");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern INSTANT = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?Z");
    private static final DateTimeFormatter LOCAL_MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    /** A rendered notification. */
    public record Text(String subject, String body) {
    }

    private NotificationTexts() {
    }

    /** The subject and text of a notification whose payload (JSON, as planned) is given. */
    public static Text render(NotificationKind kind, Language language, String payload) {
        ResourceBundle bundle = bundle(language);
        Map<String, String> values = values(bundle, payload);
        return new Text(fill(bundle.getString(kind.name() + ".subject"), values),
                fill(bundle.getString(kind.name() + ".body"), values));
    }

    private static ResourceBundle bundle(Language language) {
        Locale locale = Language.orDefault(language) == Language.EN ? Locale.ENGLISH : Locale.ROOT;
        return ResourceBundle.getBundle("notifications/texts", locale, NotificationTexts.class.getClassLoader(),
                NO_FALLBACK);
    }

    private static Map<String, String> values(ResourceBundle bundle, String payload) {
        Map<String, Object> body;
        try {
            body = JSON.readValue(payload, new TypeReference<Map<String, Object>>() { });
        } catch (IOException e) {
            throw new UncheckedIOException("a notification's payload is the JSON its planner wrote", e);
        }
        Map<String, String> values = new LinkedHashMap<>();
        body.forEach((key, value) -> {
            if (!(value instanceof Map<?, ?>) && value != null) {
                values.put(key, value.toString());
            }
        });
        if (body.get("facts") instanceof Map<?, ?> facts) {
            facts.forEach((key, value) -> values.put(String.valueOf(key), String.valueOf(value)));
        }
        ZoneId zone = zoneOf(values.get("timeZone"));
        values.replaceAll((key, value) -> INSTANT.matcher(value).matches() ? local(value, zone) : value);
        for (String key : TRANSLATED) {
            String value = values.get(key);
            if (value != null) {
                values.put(key, translated(bundle, key + "." + value, value));
            }
        }
        return values;
    }

    /** The case's zone (its subsidiary's, carried in the facts), UTC when the notification names none. */
    private static ZoneId zoneOf(String timeZone) {
        try {
            return timeZone == null ? ZoneOffset.UTC : ZoneId.of(timeZone);
        } catch (DateTimeException unknown) {
            return ZoneOffset.UTC;
        }
    }

    /** "2026-12-08 00:01 (Asia/Shanghai)": to the minute, in the zone people there read their clocks in. */
    private static String local(String instant, ZoneId zone) {
        String time = LOCAL_MINUTE.format(Instant.parse(instant).atZone(zone));
        return zone.equals(ZoneOffset.UTC) ? time + " UTC" : time + " (" + zone.getId() + ")";
    }

    private static String translated(ResourceBundle bundle, String key, String fallback) {
        try {
            return bundle.getString(key);
        } catch (MissingResourceException e) {
            return fallback;
        }
    }

    /** Placeholders filled; one without a value stays as a dash, never as a brace. */
    private static String fill(String template, Map<String, String> values) {
        Matcher matcher = PLACEHOLDER.matcher(template);
        StringBuilder filled = new StringBuilder();
        while (matcher.find()) {
            matcher.appendReplacement(filled, Matcher.quoteReplacement(values.getOrDefault(matcher.group(1), "-")));
        }
        matcher.appendTail(filled);
        return filled.toString();
    }
}
