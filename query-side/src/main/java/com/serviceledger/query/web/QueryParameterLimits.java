package com.serviceledger.query.web;

import com.serviceledger.platform.web.ProblemResponses;
import java.util.List;
import java.util.Map;
import org.springframework.core.Ordered;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.util.MultiValueMap;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * The read API's limits on query parameters, before any search is built: a value longer than
 * {@code max-parameter-length} ({@code q} included) or a parameter repeated more than {@code max-parameter-values}
 * times answers 400 naming the parameter. Page size and depth are checked where the page is read
 * ({@link SearchWindow}). Runs before security reads the parameters, on reads of {@code /api/**} only.
 */
@Component
public class QueryParameterLimits implements WebFilter, Ordered {

    private final QueryApiProperties api;

    public QueryParameterLimits(QueryApiProperties api) {
        this.api = api;
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE + 2;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        if (!HttpMethod.GET.equals(exchange.getRequest().getMethod())
                || !exchange.getRequest().getPath().value().startsWith("/api/")) {
            return chain.filter(exchange);
        }
        MultiValueMap<String, String> params = exchange.getRequest().getQueryParams();
        for (Map.Entry<String, List<String>> param : params.entrySet()) {
            String name = param.getKey();
            if (param.getValue().size() > api.maxParameterValues()) {
                return refuse(exchange, name, "is given " + param.getValue().size() + " times, at most "
                        + api.maxParameterValues() + " (serviceledger.query.api.max-parameter-values)");
            }
            for (String value : param.getValue()) {
                if (value != null && value.length() > api.maxParameterLength()) {
                    return refuse(exchange, name, "is longer than " + api.maxParameterLength()
                            + " characters (serviceledger.query.api.max-parameter-length)");
                }
            }
        }
        return chain.filter(exchange);
    }

    private static Mono<Void> refuse(ServerWebExchange exchange, String parameter, String message) {
        String name = parameter.length() > 64 ? parameter.substring(0, 64) + "…" : parameter;
        return ProblemResponses.write(exchange, HttpStatus.BAD_REQUEST, "invalid-parameter", "Invalid query parameter",
                "Parameter '" + name + "' " + message, Map.of("errors", List.of(Map.of("field", name, "message", message))));
    }
}
