package com.serviceledger.platform.correlation;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * Gives every request its correlation id before anything else runs (security included, so a 401 carries it
 * too): the caller's {@code X-Correlation-Id}, or a new one written into the request, so the command side's
 * dispatcher stores exactly this id in the events' metadata. The id is echoed in the response and sits in the
 * Reactor context, from where automatic context propagation puts it into the MDC of every log line written
 * for the request, whichever thread writes it.
 *
 * <p>An unacceptable header (too long, odd characters) is left in the request for the handlers to reject
 * (a command answers 400 naming it); the logs and the response use a fresh id instead.
 */
public class CorrelationIdFilter implements WebFilter, Ordered {

    private static final Logger log = LoggerFactory.getLogger(CorrelationIdFilter.class);

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        String sent = exchange.getRequest().getHeaders().getFirst(CorrelationIds.HEADER);
        String id = CorrelationIds.acceptable(sent) ? sent : CorrelationIds.newId();
        ServerWebExchange withId = exchange;
        if (sent == null) {
            ServerHttpRequest request = exchange.getRequest().mutate()
                    .headers(headers -> headers.set(CorrelationIds.HEADER, id)).build();
            withId = exchange.mutate().request(request).build();
        }
        ServerWebExchange handled = withId;
        handled.getResponse().beforeCommit(() -> {
            handled.getResponse().getHeaders().set(CorrelationIds.HEADER, id);
            return Mono.empty();
        });
        return chain.filter(handled)
                .doFinally(signal -> log.debug("{} {} -> {}", handled.getRequest().getMethod(),
                        handled.getRequest().getPath().value(), handled.getResponse().getStatusCode()))
                .contextWrite(context -> context.put(CorrelationIds.MDC_KEY, id));
    }
}
