package com.serviceledger.platform.web;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;
import reactor.core.publisher.Mono;

/**
 * Cross-site request forgery guard of the JSON API: every request to {@code /api/**} other than GET, HEAD and
 * OPTIONS (every command, the admin POSTs such as rebuilds and dead-letter retries included) must say
 * {@code Content-Type: application/json} (or a {@code +json} type), also when it has no body. A browser sends
 * such a request to another origin only after a CORS preflight, which the API never grants, so a foreign page
 * cannot use the credentials the browser remembers (HTTP Basic) for a form post, a {@code text/plain} fetch or a
 * beacon. The one exception, an attachment upload, is described in {@link AttachmentUploads}. Anything else answers 415 {@code urn:serviceledger:problem:unsupported-media-type}, as the framework's
 * own 415 does, with {@code Accept: application/json}.
 *
 * <p>Runs after the correlation id and the size limit and before the security chain: a refused request is not
 * authenticated (no login is attempted with its credentials) and reaches no handler, so nothing is dispatched or
 * stored. Paths are matched as the handlers match them (matrix parameters ignored).
 */
public class JsonCommandsOnly implements WebFilter, Ordered {

    /** The one rule, also for the API description. */
    public static final String RULE = "Every request to /api/** other than GET, HEAD and OPTIONS needs "
            + "Content-Type: application/json (or a +json type), also without a body; a case's attachment upload "
            + "(POST /api/{cases}/{id}/attachments) may be multipart/form-data with the header "
            + AttachmentUploads.GUARD_HEADER;

    private static final PathPattern API = PathPatternParser.defaultInstance.parse("/api/**");
    private static final Set<HttpMethod> SAFE = Set.of(HttpMethod.GET, HttpMethod.HEAD, HttpMethod.OPTIONS);

    @Override
    public int getOrder() {
        // after the correlation id and RequestSizeLimit, far before Spring Security's chain (-100)
        return Ordered.HIGHEST_PRECEDENCE + 2;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        var request = exchange.getRequest();
        if (SAFE.contains(request.getMethod()) || !API.matches(request.getPath().pathWithinApplication())
                || isJson(request.getHeaders().getFirst(HttpHeaders.CONTENT_TYPE))
                || AttachmentUploads.isGuardedMultipart(request)) {
            return chain.filter(exchange);
        }
        exchange.getResponse().getHeaders().setAccept(List.of(MediaType.APPLICATION_JSON));
        return ProblemResponses.write(exchange, HttpStatus.UNSUPPORTED_MEDIA_TYPE, "unsupported-media-type",
                "Unsupported media type", RULE + " (cross-site request protection)",
                Map.of("errors", List.of(Map.of("field", HttpHeaders.CONTENT_TYPE,
                        "message", "must be application/json"))));
    }

    /** {@code application/json} or {@code application/*+json}, with any parameters; anything unparsable is not. */
    static boolean isJson(String contentType) {
        if (contentType == null || contentType.isBlank()) {
            return false;
        }
        MediaType type;
        try {
            type = MediaType.parseMediaType(contentType);
        } catch (InvalidMediaTypeException e) {
            return false;
        }
        return !type.isWildcardType() && !type.isWildcardSubtype()
                && (MediaType.APPLICATION_JSON.equalsTypeAndSubtype(type)
                || ("application".equals(type.getType()) && type.getSubtype().endsWith("+json")));
    }
}
