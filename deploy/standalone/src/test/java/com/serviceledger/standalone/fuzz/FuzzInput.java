package com.serviceledger.standalone.fuzz;

import java.nio.charset.StandardCharsets;

/**
 * One request the fuzz sends: what was changed from a valid request ({@code kind}, {@code field}), and the
 * request itself. {@code field} is set when exactly one body field was broken, so a 400 must name it.
 */
public record FuzzInput(String kind, String method, String path, String contentType, byte[] body, String field) {

    /** For the report: the request, with a long body cut short. */
    public String describe() {
        String text = body == null ? "" : new String(body, StandardCharsets.UTF_8);
        if (text.length() > 300) {
            text = text.substring(0, 300) + "…(" + body.length + " bytes)";
        }
        return kind + (field == null ? "" : "[" + field + "]") + ": " + method + " " + cut(path, 300)
                + (contentType == null ? "" : " (" + contentType + ")") + (text.isEmpty() ? "" : " " + text);
    }

    public static String cut(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max) + "…(" + text.length() + " chars)";
    }
}
