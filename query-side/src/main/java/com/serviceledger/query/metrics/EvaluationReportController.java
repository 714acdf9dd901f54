package com.serviceledger.query.metrics;

import com.serviceledger.query.web.QueryParameters;
import com.serviceledger.query.web.QueryProblems;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * Evaluation reports (000 §5.3–5.4) as JSON, or as CSV ({@code section,figure,value}, RFC 4180, UTF-8 with a byte
 * order mark, cells that would read as formulas guarded) with
 * {@code Accept: text/csv} or {@code format=csv}. {@code period} is month, quarter or year; {@code at}
 * names it: 2026-03, 2026-Q1, 2026, or any date inside it.
 */
@RestController
class EvaluationReportController {

    private static final MediaType CSV = new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8);

    private final EvaluationReports reports;

    EvaluationReportController(EvaluationReports reports) {
        this.reports = reports;
    }

    @GetMapping("/api/reports/units/{subsidiaryId}")
    Mono<ResponseEntity<Object>> unit(@PathVariable String subsidiaryId,
                                      @RequestParam(required = false) String period,
                                      @RequestParam(required = false) String at,
                                      @RequestParam(required = false) String departmentId,
                                      @RequestParam(required = false) String postId,
                                      @RequestParam(required = false) String format, ServerWebExchange exchange) {
        return Mono.defer(() -> {
            boolean csv = csv(format, exchange);
            MetricPeriod p = period(period);
            return reports.unit(p, at(at), subsidiaryId, QueryParameters.text(departmentId),
                    QueryParameters.text(postId)).map(report -> render(report, csv));
        });
    }

    @GetMapping("/api/reports/staff/{staffId}")
    Mono<ResponseEntity<Object>> staff(@PathVariable String staffId,
                                       @RequestParam(required = false) String period,
                                       @RequestParam(required = false) String at,
                                       @RequestParam(required = false) String format, ServerWebExchange exchange) {
        return Mono.defer(() -> {
            boolean csv = csv(format, exchange);
            MetricPeriod p = period(period);
            return reports.staff(p, at(at), staffId).map(report -> render(report, csv));
        });
    }

    private static ResponseEntity<Object> render(EvaluationReport report, boolean csv) {
        if (csv) {
            return ResponseEntity.ok().contentType(CSV)
                    .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + fileName(report) + "\"")
                    .body(report.csv());
        }
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(report);
    }

    /** {@code report-unit-demo-tangshan-2026-03.csv}: what, whose, when; nothing but letters, digits and . _ -. */
    static String fileName(EvaluationReport report) {
        return ("report-" + report.subject() + "-" + report.id() + "-" + report.periodKey())
                .replaceAll("[^A-Za-z0-9._-]", "_") + ".csv";
    }

    private static boolean csv(String format, ServerWebExchange exchange) {
        String value = QueryParameters.text(format);
        if (value != null) {
            return switch (value.toLowerCase(Locale.ROOT)) {
                case "csv" -> true;
                case "json" -> false;
                default -> throw QueryProblems.invalidParameter("format", "must be json or csv");
            };
        }
        List<MediaType> accepted = exchange.getRequest().getHeaders().getAccept();
        return accepted.stream().anyMatch(type -> type.isCompatibleWith(CSV) && !type.isWildcardType())
                && accepted.stream().noneMatch(type -> type.equalsTypeAndSubtype(MediaType.APPLICATION_JSON));
    }

    private static MetricPeriod period(String raw) {
        MetricPeriod period = MetricParameters.period(raw);
        if (period != MetricPeriod.MONTH && period != MetricPeriod.QUARTER && period != MetricPeriod.YEAR) {
            throw QueryProblems.invalidParameter("period", "must be month, quarter or year for a report");
        }
        return period;
    }

    /** 2026-03, 2026-Q1, 2026 or 2026-03-31: a day inside the period. */
    static LocalDate at(String raw) {
        String value = QueryParameters.text(raw);
        if (value == null) {
            throw QueryProblems.invalidParameter("at", "is required (2026-03, 2026-Q1, 2026 or a date)");
        }
        try {
            if (value.matches("\\d{4}")) {
                return Year.parse(value).atDay(1);
            }
            if (value.matches("\\d{4}-[Qq][1-4]")) {
                int quarter = value.charAt(6) - '0';
                return LocalDate.of(Integer.parseInt(value.substring(0, 4)), (quarter - 1) * 3 + 1, 1);
            }
            if (value.matches("\\d{4}-\\d{2}")) {
                return YearMonth.parse(value).atDay(1);
            }
            return LocalDate.parse(value);
        } catch (DateTimeException | NumberFormatException e) {
            throw QueryProblems.invalidParameter("at", "must be 2026-03, 2026-Q1, 2026 or a date like 2026-03-31");
        }
    }
}
