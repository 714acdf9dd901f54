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
        assertThat(report.csv()).isEqualTo("\uFEFFsection,figure,value\r\n\"a,b\",\"say \"\"hi\"\"\",\r\n"
                + "s,\"two\nlines\",0.5\r\ns,plain,3\r\n");
    }

    /** Excel in China opens a CSV as UTF-8 only with a byte order mark, and evaluates cells that look like formulas. */
    @Test
    void startsWithAByteOrderMarkAndGuardsFormulasButNotNumbers() {
        EvaluationReport report = new EvaluationReport("unit", "SUB-1", "month", "2026-03", "2026-03-01", "2026-04-01",
                Map.of(), List.of(new ReportFigure("=cmd|' /C calc'!A0", "+1", "@SUM(A1)"),
                        new ReportFigure("-x", "change", -0.25), new ReportFigure("s", "meets", false),
                        new ReportFigure("s", "a=b", "=1,2")), List.of());
        String csv = report.csv();
        assertThat(csv).startsWith("\uFEFFsection,figure,value\r\n");
        assertThat(csv.substring(1).split("\r\n")).containsExactly("section,figure,value",
                "'=cmd|' /C calc'!A0,'+1,'@SUM(A1)", "'-x,change,-0.25", "s,meets,false", "s,a=b,\"'=1,2\"");
    }
}
