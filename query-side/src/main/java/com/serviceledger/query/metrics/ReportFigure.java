package com.serviceledger.query.metrics;

/** One figure of an evaluation report; {@code value} is a number, a boolean or null (nothing to divide). */
public record ReportFigure(String section, String figure, Object value) {
}
