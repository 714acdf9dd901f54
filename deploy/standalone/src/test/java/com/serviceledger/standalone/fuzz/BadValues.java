package com.serviceledger.standalone.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * The hostile values the fuzz draws from: edge-case strings (unicode, control characters, injections, huge),
 * JSON values of the wrong type, malformed timestamps and enums, huge numbers, and whole bodies that are not
 * JSON at all. Each pool mixes fixed edge cases (the ones known to break parsers) with random strings.
 */
public final class BadValues {

    static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    /** Strings that have broken parsers, search engines, databases and terminals somewhere. */
    static final List<String> EDGE_STRINGS = List.of(
            "", " ", "\t\r\n", "\u0000", "a\u0000b", "\u0085\u2028\u2029",
            "\uD800", "\uDC00", "x\uDBFFy", "\uD83D\uDE00\uD83D\uDCA9", "\uD840\uDF0E\uD841\uDC31",
            "e\u0301\u0301\u0301", "Z\u0337\u0322\u0353a\u0338l\u0334g\u0335o\u0336", "\u202Egnp.exe", "\u200B\u200C\u200D\uFEFF",
            "\u05E9\u05DC\u05D5\u05DD \u0645\u0631\u062D\u0628\u0627", "\u674E*", "\uFFFD\uFFFE\uFFFF",
            "\u001B[31mred\u001B[0m", "\r\nX-Injected: 1",
            // Elasticsearch / Lucene query syntax
            "*", "?", "*:*", "_id:1", "a OR b AND NOT c", "(", ")", "[* TO *]", "{!lucene}x", "~", "^2", "/.*/",
            "\"unterminated", "\\", "status:OPEN", "content:/.*(a+)+$/", "+-&&||!(){}[]^\"~*?:\\/",
            "{\"query\":{\"match_all\":{}}}", "{\"script\":{\"source\":\"1\"}}", "]}{[",
            // SQL, templates, paths, markup
            "' OR '1'='1", "1; DROP TABLE domain_event_entry; --", "\\'; SELECT 1; --", "%", "_",
            "../../../../etc/passwd", "..\\..\\windows\\win.ini", "%2e%2e%2f%2e%2e%2f", "%00", "/",
            "${jndi:ldap://localhost/x}", "#{7*7}", "{{7*7}}", "<script>alert(1)</script>", "&#0;&amp;",
            "null", "true", "0", "-1", "NaN", "1e309", "9".repeat(400),
            "2026-02-30", "0000-00-00T00:00:00Z", "+999999999-12-31T23:59:59Z", "P-1D");

    /** Timestamps and dates outside what the domain expects, well-formed or not. */
    static final List<String> TIMES = List.of(
            "1970-01-01T00:00:00Z", "0001-01-01T00:00:00Z", "-999999999-01-01T00:00:00Z",
            "+999999999-12-31T23:59:59.999999999Z", "9999-12-31T23:59:59+18:00", "2026-04-01T02:00:00+25:00",
            "2026-13-45T25:61:61Z", "2026-04-01", "2026-04-01T02:00:00", "2026-04-01 02:00:00Z",
            "1775008800", "yesterday", "", "T", "2026-W14", "2026-04", "PT1H", "P999999999D", "PT-1S");

    private BadValues() {
    }

    /** A string from the edge cases, a huge one, or a random one. */
    static String string(Random random) {
        return switch (random.nextInt(10)) {
            case 0 -> huge(random);
            case 1, 2 -> randomString(random, 1 + random.nextInt(64));
            case 3 -> pick(random, TIMES);
            default -> pick(random, EDGE_STRINGS);
        };
    }

    /** A long string, far beyond any field's limit but under the request size limit. */
    static String huge(Random random) {
        return switch (random.nextInt(3)) {
            case 0 -> "x".repeat(5_000 + random.nextInt(60_000));
            case 1 -> "\u674E".repeat(2_000 + random.nextInt(20_000));
            default -> "\uD83D\uDE00".repeat(1_000 + random.nextInt(10_000));
        };
    }

    /** Code points from every plane and category: ASCII, controls, CJK, RTL, combining marks, emoji, surrogates. */
    static String randomString(Random random, int length) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < length; i++) {
            switch (random.nextInt(8)) {
                case 0 -> text.append((char) random.nextInt(0x20));
                case 1 -> text.append((char) (0x0300 + random.nextInt(0x70)));
                case 2 -> text.append((char) (0x4E00 + random.nextInt(0x5000)));
                case 3 -> text.append((char) (0x0590 + random.nextInt(0x200)));
                case 4 -> text.appendCodePoint(0x1F300 + random.nextInt(0x300));
                case 5 -> text.append((char) (0xD800 + random.nextInt(0x800)));
                case 6 -> text.append("\"\\'{}[]*?:/<>%&$#".charAt(random.nextInt(17)));
                default -> text.append((char) (0x20 + random.nextInt(0x5F)));
            }
        }
        return text.toString();
    }

    /** A JSON value to put where a valid one was: wrong type, null, hostile string, odd number, odd shape. */
    static JsonNode value(Random random, JsonNode valid) {
        return switch (random.nextInt(14)) {
            case 0 -> NODES.nullNode();
            case 1 -> NODES.booleanNode(random.nextBoolean());
            case 2 -> number(random);
            case 3 -> NODES.arrayNode().add(valid == null ? NODES.textNode("x") : valid.deepCopy());
            case 4 -> NODES.objectNode().put("value", string(random));
            case 5 -> NODES.arrayNode();
            case 6 -> NODES.textNode(pick(random, TIMES));
            case 7 -> NODES.textNode(enumLike(random, valid));
            case 8 -> NODES.textNode(huge(random));
            default -> NODES.textNode(string(random));
        };
    }

    /** A near miss of an enum or id: lower case, padded, unknown, empty. */
    static String enumLike(Random random, JsonNode valid) {
        String text = valid != null && valid.isTextual() ? valid.asText() : "HOTLINE";
        return switch (random.nextInt(6)) {
            case 0 -> text.toLowerCase();
            case 1 -> " " + text + " ";
            case 2 -> text + "_UNKNOWN";
            case 3 -> text.replace('_', '-');
            case 4 -> text + "\u0000";
            default -> "";
        };
    }

    static JsonNode number(Random random) {
        return switch (random.nextInt(9)) {
            case 0 -> NODES.numberNode(Long.MAX_VALUE);
            case 1 -> NODES.numberNode(Integer.MIN_VALUE);
            case 2 -> NODES.numberNode(new BigInteger("9".repeat(40)));
            case 3 -> NODES.numberNode(new BigDecimal("1e-400"));
            case 4 -> NODES.numberNode(-1);
            case 5 -> NODES.numberNode(0);
            case 6 -> NODES.numberNode(2.5);
            case 7 -> NODES.numberNode(1L + Integer.MAX_VALUE);
            default -> NODES.numberNode(random.nextInt());
        };
    }

    /** Whole bodies that are no (acceptable) JSON object; {@code valid} is the endpoint's valid body. */
    static byte[] malformedBody(Random random, String valid) {
        String text = switch (random.nextInt(16)) {
            case 0 -> "";
            case 1 -> valid.substring(0, random.nextInt(Math.max(1, valid.length())));
            case 2 -> "[]";
            case 3 -> "null";
            case 4 -> "\"" + valid.replace("\"", "'") + "\"";
            case 5 -> valid + " {}";
            case 6 -> "/* c */ " + valid;
            case 7 -> valid.replaceFirst("\\}\\s*$", ",}");
            case 8 -> valid.replace("\"", "'");
            case 9 -> "[".repeat(50_000) + "]".repeat(50_000);
            case 10 -> "{\"a\":".repeat(5_000) + "1" + "}".repeat(5_000);
            case 11 -> valid.replaceFirst("\\{", "{\"" + firstKey(valid) + "\":null,");
            case 12 -> "{\"x\":" + "1".repeat(20_000) + "}";
            case 13 -> "{\"x\":NaN,\"y\":Infinity}";
            case 14 -> "\uFEFF" + valid;
            default -> "{\"a\":\"" + randomString(random, 20) + "\"";
        };
        byte[] bytes = text.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        if (random.nextInt(8) == 0 && bytes.length > 4) {
            // invalid UTF-8: a lone continuation byte and a truncated sequence inside the text
            bytes[bytes.length / 2] = (byte) 0x80;
            bytes[bytes.length / 3] = (byte) 0xC3;
        }
        return bytes;
    }

    private static String firstKey(String json) {
        int start = json.indexOf('"');
        int end = start < 0 ? -1 : json.indexOf('"', start + 1);
        return end < 0 ? "x" : json.substring(start + 1, end);
    }

    /** Content types the JSON endpoints do not take (or take with an odd charset). */
    static final List<String> CONTENT_TYPES = List.of("text/plain", "application/xml",
            "application/x-www-form-urlencoded", "multipart/form-data", "application/json; charset=UTF-16",
            "application/json; charset=bogus", "*/*", "garbage", "application/problem+json", "text/event-stream");

    /**
     * The content types a command is let through with (a JSON type; the charset is the decoder's business). Every
     * other one, and none, must answer 415 {@code unsupported-media-type} (cross-site request protection).
     */
    static final java.util.Set<String> JSON_CONTENT_TYPES = java.util.Set.of("application/json",
            "application/json; charset=UTF-16", "application/problem+json");

    public static boolean isJson(String contentType) {
        return contentType != null && JSON_CONTENT_TYPES.contains(contentType);
    }

    /** Query parameter names the search and report endpoints read (those taking a map declare none). */
    static final List<String> PARAMETER_NAMES = List.of("subsidiary", "department", "post", "staff", "channel",
            "status", "urgency", "category", "kind", "from", "to", "q", "page", "size", "type", "aggregateType",
            "aggregateId", "subsidiaryId", "departmentId", "postId", "principal", "correlationId", "month", "period",
            "at", "format", "dimension", "unit", "caseType", "until", "untilSequence", "result", "contractor",
            "site", "source", "score", "staffId");

    static <T> T pick(Random random, List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    static List<String> allStrings() {
        List<String> all = new ArrayList<>(EDGE_STRINGS);
        all.addAll(TIMES);
        return all;
    }
}
