package com.serviceledger.standalone.demo;

import java.nio.charset.StandardCharsets;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/** While the demo history is simulated, commands answer 503: they would be stamped with simulated time. */
class DemoGate implements WebFilter {

    private static final String PROBLEM = """
            {"type":"urn:serviceledger:problem:demo-history-running","title":"Demo history is being generated",\
            "status":503,"detail":"The demo months are being simulated; commands are accepted again when the log \
            says 'Demo history done'."}""";

    private final SimulationClock clock;

    DemoGate(SimulationClock clock) {
        this.clock = clock;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        if (!clock.simulating() || HttpMethod.GET.equals(exchange.getRequest().getMethod())) {
            return chain.filter(exchange);
        }
        var response = exchange.getResponse();
        response.setStatusCode(HttpStatus.SERVICE_UNAVAILABLE);
        response.getHeaders().setContentType(MediaType.APPLICATION_PROBLEM_JSON);
        response.getHeaders().set("Retry-After", "30");
        return response.writeWith(Mono.just(response.bufferFactory().wrap(PROBLEM.getBytes(StandardCharsets.UTF_8))));
    }
}
