package com.serviceledger.query.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The CSV form quotes as RFC 4180 says: fields with commas, quotes or line breaks in quotes, quotes doubled. */
class EvaluationReportCsvTest {

    @Test
    void fieldsWithCommasQuotesOrLineBreaksAreQuoted() {
        EvaluationReport report = new EvaluationReport("unit", "SUB-1", "month", "2026-03", "2026-03-01", "2026-04-01",
                Map.of(), List.of(new ReportFigure("a,b", "say \"hi\"", null), new ReportFigure("s", "two\nlines", 0.5),
                        new ReportFigure("s", "plain", 3)), List.of());
        assertThat(report.csv()).isEqualTo("section,figure,value\r\n\"a,b\",\"say \"\"hi\"\"\",\r\n"
                + "s,\"two\nlines\",0.5\r\ns,plain,3\r\n");
    }
}
