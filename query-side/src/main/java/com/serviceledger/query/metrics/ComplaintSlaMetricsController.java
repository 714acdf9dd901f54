package com.serviceledger.query.metrics;

import com.serviceledger.query.web.QueryApiProperties;
import com.serviceledger.query.web.QueryParameters;
import com.serviceledger.query.web.QueryProblems;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/** Complaint SLA compliance by month and department (000 §5.2: on-time completion rate per target). */
@RestController
class ComplaintSlaMetricsController {

    private final ComplaintSlaMetrics metrics;
    private final QueryApiProperties api;

    ComplaintSlaMetricsController(ComplaintSlaMetrics metrics, QueryApiProperties api) {
        this.metrics = metrics;
        this.api = api;
    }

    @GetMapping("/api/metrics/complaint-sla")
    Mono<ComplaintSlaReport> complaintSla(@RequestParam(required = false) String from,
                                          @RequestParam(required = false) String to,
                                          @RequestParam(required = false) String subsidiary) {
        return Mono.defer(() -> {
            YearMonth first = QueryParameters.month("from", from);
            YearMonth last = QueryParameters.month("to", to);
            if (first.isAfter(last)) {
                throw QueryProblems.invalidParameter("from", "must not be after 'to'");
            }
            if (first.until(last, ChronoUnit.MONTHS) + 1 > api.maxMetricMonths()) {
                throw QueryProblems.invalidParameter("to", "must be at most " + api.maxMetricMonths()
                        + " months from 'from'");
            }
            return metrics.report(first, last, QueryParameters.text(subsidiary));
        });
    }
}
