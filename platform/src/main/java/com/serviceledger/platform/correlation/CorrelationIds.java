package com.serviceledger.platform.correlation;

import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The conversation id a request and every event it causes share: taken from {@code X-Correlation-Id} when the
 * caller sends an acceptable one, made up otherwise. The same id is the events' {@code correlationId} metadata
 * and the {@code correlationId} of every log line written for the request or for handling its events.
 */
public final class CorrelationIds {

    public static final String HEADER = "X-Correlation-Id";
    /** The MDC key (and the Reactor context key) the log lines carry it under. */
    public static final String MDC_KEY = "correlationId";
    /** What a caller may send: safe in a header, a log line and a metadata value. */
    private static final Pattern SAFE = Pattern.compile("[A-Za-z0-9._:-]{1,128}");

    private CorrelationIds() {
    }

    public static boolean acceptable(String value) {
        return value != null && SAFE.matcher(value).matches();
    }

    public static String newId() {
        return UUID.randomUUID().toString();
    }
}
