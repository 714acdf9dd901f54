package com.serviceledger.query.metrics;

import java.util.List;
import java.util.Map;

/**
 * The evaluation report of a unit or a staff member for one period (000 §5.3–5.4), as a flat list of
 * figures (section, figure, value), the same lines its CSV form has.
 *
 * @param subject  {@code unit} or {@code staff}
 * @param filters  what the figures are restricted to (subsidiaryId, departmentId, postId or staffId)
 * @param notes    sections left out and why (e.g. inspections have no department)
 */
public record EvaluationReport(String subject, String id, String period, String periodKey, String from, String to,
                               Map<String, String> filters, List<ReportFigure> figures, List<String> notes) {

    /** Opens the CSV: a UTF-8 byte order mark, so Excel (as used in China) reads the text as UTF-8. */
    static final String BYTE_ORDER_MARK = "\uFEFF";

    /**
     * RFC 4180: CRLF line ends, fields quoted when they hold a comma, quote or line break; after a byte order
     * mark. A text field that a spreadsheet would take for a formula (starting with = + - @, a tab or a carriage
     * return) starts with an apostrophe instead; values that are numbers or yes/no stay as they are (a negative
     * number is no formula).
     */
    String csv() {
        StringBuilder csv = new StringBuilder(BYTE_ORDER_MARK).append("section,figure,value\r\n");
        for (ReportFigure figure : figures) {
            csv.append(field(text(figure.section()))).append(',').append(field(text(figure.figure()))).append(',')
                    .append(field(value(figure.value()))).append("\r\n");
        }
        return csv.toString();
    }

    private static String value(Object value) {
        if (value == null) {
            return "";
        }
        return value instanceof Number || value instanceof Boolean ? String.valueOf(value) : text(String.valueOf(value));
    }

    /** Guarded against formula injection: a cell a spreadsheet would evaluate is made plain text. */
    static String text(String value) {
        if (value == null || value.isEmpty()) {
            return value == null ? "" : value;
        }
        char first = value.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
                ? "'" + value : value;
    }

    private static String field(String value) {
        if (value.contains(",") || value.contains("\"") || value.contains("\r") || value.contains("\n")) {
            return '"' + value.replace("\"", "\"\"") + '"';
        }
        return value;
    }
}
