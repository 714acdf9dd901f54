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

    private InputRules() {
    }
}
