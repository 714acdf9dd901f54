package com.serviceledger.platform.web;

import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.core.Ordered;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.server.reactive.ServerHttpRequestDecorator;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Refuses a request body over {@code serviceledger.web.max-request-bytes} with a 413 problem naming the limit:
 * at once when its {@code Content-Length} says so (nothing is read, not even the credentials checked), else as
 * soon as a chunked body passes the limit while a handler reads it. Runs right after the correlation id.
 */
public class RequestSizeLimit implements WebFilter, Ordered {

    static final String PROPERTY = "serviceledger.web.max-request-bytes";

    private final long limit;
    private final long uploadLimit;

    public RequestSizeLimit(WebLimitsProperties properties) {
        this.limit = properties.maxRequestBytes().toBytes();
        this.uploadLimit = properties.maxAttachmentBytes().toBytes() + AttachmentUploads.ENVELOPE_BYTES;
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE + 1;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        if (AttachmentUploads.isAnyUpload(exchange.getRequest())) {
            return filter(exchange, chain, uploadLimit, "serviceledger.web.max-attachment-bytes");
        }
        return filter(exchange, chain, limit, PROPERTY);
    }

    private Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain, long limit, String property) {
        long declared = exchange.getRequest().getHeaders().getContentLength();
        if (declared > limit) {
            return ProblemResponses.write(exchange, HttpStatus.CONTENT_TOO_LARGE, "payload-too-large",
                    "Request too large", detail(limit, property), Map.of("limit", limit, "errors", errors(limit, property)));
        }
        if (declared >= 0) {
            return chain.filter(exchange);
        }
        AtomicLong read = new AtomicLong();
        ServerHttpRequestDecorator counted = new ServerHttpRequestDecorator(exchange.getRequest()) {
            @Override
            public Flux<DataBuffer> getBody() {
                return super.getBody().handle((buffer, sink) -> {
                    if (read.addAndGet(buffer.readableByteCount()) > limit) {
                        DataBufferUtils.release(buffer);
                        sink.error(tooLarge(limit, property));
                    } else {
                        sink.next(buffer);
                    }
                });
            }
        };
        return chain.filter(exchange.mutate().request(counted).build());
    }

    private static ErrorResponseException tooLarge(long limit, String property) {
        ProblemDetail problem = Problems.of(HttpStatus.CONTENT_TOO_LARGE, "payload-too-large", "Request too large",
                detail(limit, property));
        problem.setProperty("limit", limit);
        problem.setProperty("errors", errors(limit, property));
        return new ErrorResponseException(HttpStatus.CONTENT_TOO_LARGE, problem, null);
    }

    private static String detail(long limit, String property) {
        return "The request body is larger than the limit of " + limit + " bytes (" + property + ")";
    }

    private static List<Map<String, String>> errors(long limit, String property) {
        return List.of(Map.of("field", "body", "message", "at most " + limit + " bytes (" + property + ")"));
    }
}
