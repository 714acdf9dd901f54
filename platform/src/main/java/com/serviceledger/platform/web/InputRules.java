package com.serviceledger.platform.web;

/**
 * Patterns for the request fields that name things (ids, names, time zones) on both sides. Such a value is one
 * line of printable text: it is logged, shown in lists and written into index keys, so a line break or other
 * control character in it could forge a log entry or break a screen. Free text (a complaint's content, a note)
 * may span lines and is not held to them.
 */
public final class InputRules {

    /** No control characters (CR, LF, tab, NUL, ESC…), no NEL and no Unicode line or paragraph separators. */
    public static final String SINGLE_LINE = "[^\\p{Cc}\\u0085\\u2028\\u2029]*";
    public static final String SINGLE_LINE_MESSAGE = "must be a single line without control characters";

    /** A time zone id as {@link java.time.ZoneId#of} reads them: {@code Asia/Shanghai}, {@code UTC+08:00}. */
    public static final String TIME_ZONE = "[A-Za-z0-9~/._+:-]{1,64}";
    public static final String TIME_ZONE_MESSAGE = "must be a time zone id such as Asia/Shanghai";

    /**
     * The id of an inspected unit's part (subsidiary, site, contractor): units key their months
     * ({@code subsidiary:site:contractor:month}), so no ':' in them.
     */
    public static final String UNIT_ID = "[A-Za-z0-9._-]{1,64}";
    public static final String UNIT_ID_MESSAGE = "must be 1–64 letters, digits or . _ -";

    /**
     * An e-mail address someone is written to at: one line, no spaces, one {@code @} between a local part and a
     * domain (the full syntax is {@code @Email}'s; this keeps out what it lets through: blanks, line breaks).
     */
    public static final String EMAIL = "[^\\p{Cc}\\p{Z}@]{1,64}@[^\\p{Cc}\\p{Z}@]{1,189}";
    public static final String EMAIL_MESSAGE = "must be one e-mail address such as li.wei@example.com";

    private InputRules() {
    }
}
