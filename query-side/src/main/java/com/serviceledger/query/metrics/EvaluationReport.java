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

    /** RFC 4180: CRLF line ends, fields quoted when they hold a comma, quote or line break. */
    String csv() {
        StringBuilder csv = new StringBuilder("section,figure,value\r\n");
        for (ReportFigure figure : figures) {
            csv.append(field(figure.section())).append(',').append(field(figure.figure())).append(',')
                    .append(field(figure.value() == null ? "" : String.valueOf(figure.value()))).append("\r\n");
        }
        return csv.toString();
    }

    private static String field(String value) {
        if (value.contains(",") || value.contains("\"") || value.contains("\r") || value.contains("\n")) {
            return '"' + value.replace("\"", "\"\"") + '"';
        }
        return value;
    }
}
