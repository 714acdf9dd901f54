package com.serviceledger.query.metrics;

import com.serviceledger.platform.security.Scope;
import com.serviceledger.query.elasticsearch.ComplaintIndex;
import com.serviceledger.query.live.LiveQuery;
import com.serviceledger.query.security.ReadScope;
import com.serviceledger.query.web.QueryApiProperties;
import com.serviceledger.query.web.QueryParameters;
import com.serviceledger.query.web.QueryProblems;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.Set;
import org.springframework.http.MediaType;
import org.springframework.http.codec.ServerSentEvent;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Complaint SLA compliance by month and department (000 §5.2: on-time completion rate per target), of the complaints
 * in the caller's scope; a {@code subsidiary} outside it is a 403.
 */
@RestController
class ComplaintSlaMetricsController {

    private final ComplaintSlaMetrics metrics;
    private final QueryApiProperties api;
    private final LiveQuery live;
    private final ComplaintIndex index;

    ComplaintSlaMetricsController(ComplaintSlaMetrics metrics, QueryApiProperties api, LiveQuery live,
                                  ComplaintIndex index) {
        this.metrics = metrics;
        this.api = api;
        this.live = live;
        this.index = index;
    }

    @GetMapping("/api/metrics/complaint-sla")
    Mono<ComplaintSlaReport> complaintSla(@RequestParam(required = false) String from,
                                          @RequestParam(required = false) String to,
                                          @RequestParam(required = false) String subsidiary) {
        return ReadScope.current().flatMap(scope -> report(from, to, subsidiary, scope));
    }

    /** The same report, sent again whenever the complaint view changes it. */
    @GetMapping(path = "/api/metrics/complaint-sla/live", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    Flux<ServerSentEvent<ComplaintSlaReport>> complaintSlaLive(@RequestParam(required = false) String from,
                                                               @RequestParam(required = false) String to,
                                                               @RequestParam(required = false) String subsidiary) {
        return ReadScope.current().flatMapMany(scope -> {
            // a bad parameter is a 400, a subsidiary outside the scope a 403, before the stream starts
            report(from, to, subsidiary, scope);
            return live.events(live.watch(() -> report(from, to, subsidiary, scope), Set.of(index.alias())),
                    "complaint-sla");
        });
    }

    private Mono<ComplaintSlaReport> report(String from, String to, String subsidiary, Scope scope) {
        YearMonth first = QueryParameters.month("from", from);
        YearMonth last = QueryParameters.month("to", to);
        if (first.isAfter(last)) {
            throw QueryProblems.invalidParameter("from", "must not be after 'to'");
        }
        if (first.until(last, ChronoUnit.MONTHS) + 1 > api.maxMetricMonths()) {
            throw QueryProblems.invalidParameter("to", "must be at most " + api.maxMetricMonths()
                    + " months from 'from'");
        }
        String unit = QueryParameters.text(subsidiary);
        RequestedUnit.requireInScope(scope, "subsidiary", unit, null, null);
        return metrics.report(first, last, unit, scope);
    }
}
