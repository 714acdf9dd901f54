package com.serviceledger.query.metrics;

import com.serviceledger.query.live.LiveQuery;
import java.util.Set;
import java.util.function.Supplier;
import org.springframework.http.MediaType;
import org.springframework.http.codec.ServerSentEvent;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The three metrics as server-sent events: the answer of the plain endpoint with the same parameters
 * first, then again whenever a view it counts changes the figures (at most once per
 * {@code serviceledger.query.live.min-interval}). A bad parameter is a 400, a unit outside the caller's scope a
 * 403, before the stream starts.
 */
@RestController
class MetricsLiveController {

    private final ComplaintRateMetric complaintRate;
    private final OnTimeCompletionMetric onTimeCompletion;
    private final SatisfactionTrendMetric satisfactionTrend;
    private final MetricsProperties properties;
    private final MetricSources sources;
    private final LiveQuery live;

    MetricsLiveController(ComplaintRateMetric complaintRate, OnTimeCompletionMetric onTimeCompletion,
                          SatisfactionTrendMetric satisfactionTrend, MetricsProperties properties,
                          MetricSources sources, LiveQuery live) {
        this.complaintRate = complaintRate;
        this.onTimeCompletion = onTimeCompletion;
        this.satisfactionTrend = satisfactionTrend;
        this.properties = properties;
        this.sources = sources;
        this.live = live;
    }

    @GetMapping(path = "/api/metrics/complaint-rate/live", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    Flux<ServerSentEvent<MetricReport>> complaintRate(@RequestParam MultiValueMap<String, String> params) {
        return MetricParameters.parse(params, properties).flatMapMany(query -> stream("complaint-rate",
                () -> complaintRate.report(query), sources.complaintsReceived(), sources.serviceRequestsReceived()));
    }

    @GetMapping(path = "/api/metrics/on-time-completion/live", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    Flux<ServerSentEvent<MetricReport>> onTimeCompletion(@RequestParam MultiValueMap<String, String> params) {
        var kinds = MetricParameters.kinds(params.get("kind"));
        return MetricParameters.parse(params, properties).flatMapMany(query -> stream("on-time-completion",
                () -> onTimeCompletion.report(query, kinds), sources.complaintsReceived(),
                sources.serviceRequestsReceived(), sources.rectificationsSettled()));
    }

    @GetMapping(path = "/api/metrics/satisfaction-trend/live", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    Flux<ServerSentEvent<MetricReport>> satisfactionTrend(@RequestParam MultiValueMap<String, String> params) {
        return MetricParameters.parse(params, properties).flatMapMany(query -> stream("satisfaction-trend",
                () -> satisfactionTrend.report(query), sources.ratings(), sources.complaintsReceived(),
                sources.serviceRequestsReceived()));
    }

    private Flux<ServerSentEvent<MetricReport>> stream(String name, Supplier<Mono<MetricReport>> report,
                                                       MetricSource... counted) {
        Set<String> aliases = Set.copyOf(java.util.Arrays.stream(counted).map(MetricSource::alias).toList());
        return live.events(live.watch(report, aliases), name);
    }
}
