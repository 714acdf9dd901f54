package com.serviceledger.query.metrics;

import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/**
 * The service-quality metrics of 000 §5.2–5.3 by period ({@code period=day|week|month|quarter|year}),
 * over [{@code from}, {@code to}) in local dates, optionally grouped ({@code groupBy}) and filtered
 * ({@code subsidiaryId}, {@code departmentId}, {@code postId}, {@code channel}, {@code category}), within the
 * caller's scope: a unit outside it is a 403 naming the parameter, and the figures never count beyond it.
 */
@RestController
class MetricsController {

    private final ComplaintRateMetric complaintRate;
    private final OnTimeCompletionMetric onTimeCompletion;
    private final SatisfactionTrendMetric satisfactionTrend;
    private final MetricsProperties properties;

    MetricsController(ComplaintRateMetric complaintRate, OnTimeCompletionMetric onTimeCompletion,
                      SatisfactionTrendMetric satisfactionTrend, MetricsProperties properties) {
        this.complaintRate = complaintRate;
        this.onTimeCompletion = onTimeCompletion;
        this.satisfactionTrend = satisfactionTrend;
        this.properties = properties;
    }

    @GetMapping("/api/metrics/complaint-rate")
    Mono<MetricReport> complaintRate(@RequestParam MultiValueMap<String, String> params) {
        return MetricParameters.parse(params, properties).flatMap(complaintRate::report);
    }

    /** {@code kind}: one or more of service-request, complaint-resolution, rectification, contact, on-site, callback. */
    @GetMapping("/api/metrics/on-time-completion")
    Mono<MetricReport> onTimeCompletion(@RequestParam MultiValueMap<String, String> params) {
        return MetricParameters.parse(params, properties)
                .flatMap(query -> onTimeCompletion.report(query, MetricParameters.kinds(params.get("kind"))));
    }

    @GetMapping("/api/metrics/satisfaction-trend")
    Mono<MetricReport> satisfactionTrend(@RequestParam MultiValueMap<String, String> params) {
        return MetricParameters.parse(params, properties).flatMap(satisfactionTrend::report);
    }
}
