package com.serviceledger.query.metrics;

import com.serviceledger.query.elasticsearch.ComplaintIndex;
import com.serviceledger.query.live.LiveQuery;
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

/** Complaint SLA compliance by month and department (000 §5.2: on-time completion rate per target). */
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
        return Mono.defer(() -> report(from, to, subsidiary));
    }

    /** The same report, sent again whenever the complaint view changes it. */
    @GetMapping(path = "/api/metrics/complaint-sla/live", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    Flux<ServerSentEvent<ComplaintSlaReport>> complaintSlaLive(@RequestParam(required = false) String from,
                                                               @RequestParam(required = false) String to,
                                                               @RequestParam(required = false) String subsidiary) {
        report(from, to, subsidiary); // a bad parameter is a 400 before the stream starts
        return live.events(live.watch(() -> report(from, to, subsidiary), Set.of(index.alias())), "complaint-sla");
    }

    private Mono<ComplaintSlaReport> report(String from, String to, String subsidiary) {
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
    }
}
