package com.serviceledger.platform.security;

import com.serviceledger.platform.web.ProblemResponses;
import java.time.Duration;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;
import org.springframework.security.web.server.ServerAuthenticationEntryPoint;
import org.springframework.security.web.server.authorization.ServerAccessDeniedHandler;
import org.springframework.security.web.server.firewall.ServerExchangeRejectedException;
import org.springframework.security.web.server.firewall.ServerExchangeRejectedHandler;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * 401, 403 and the login throttle's 429 as {@code application/problem+json} with stable types, like every other error; a 401 tells the
 * client how to authenticate ({@code WWW-Authenticate}). Written here because these answers leave before any
 * controller advice could see them.
 */
final class SecurityProblems implements ServerAuthenticationEntryPoint, ServerAccessDeniedHandler,
        ServerExchangeRejectedHandler {

    private final SecurityProperties properties;

    SecurityProblems(SecurityProperties properties) {
        this.properties = properties;
    }

    @Override
    public Mono<Void> commence(ServerWebExchange exchange, AuthenticationException ex) {
        if (ex instanceof LoginThrottledException throttled) {
            return tooManyLoginFailures(exchange, throttled.retryAfter());
        }
        exchange.getResponse().getHeaders().set(HttpHeaders.WWW_AUTHENTICATE, challenge(ex));
        String detail = properties.mode() == SecurityProperties.Mode.JWT
                ? "A valid bearer token is required"
                : "Valid credentials are required (HTTP Basic)";
        return write(exchange, HttpStatus.UNAUTHORIZED, "unauthenticated", "Unauthenticated", detail);
    }

    @Override
    public Mono<Void> handle(ServerWebExchange exchange, AccessDeniedException denied) {
        return write(exchange, HttpStatus.FORBIDDEN, "forbidden", "Forbidden",
                "Your roles do not allow " + exchange.getRequest().getMethod() + " on this resource");
    }

    /**
     * The firewall refused the request before any rule ran (an encoded slash, percent or NUL in the path, a
     * control character in a parameter name): a 400 problem like any malformed request, not a bare status.
     */
    @Override
    public Mono<Void> handle(ServerWebExchange exchange, ServerExchangeRejectedException rejected) {
        return write(exchange, HttpStatus.BAD_REQUEST, "malformed-request", "Malformed request",
                "The request was rejected: its path or parameters contain characters that are not allowed");
    }

    /**
     * The user name or the client address is locked after repeated failed logins ({@link LoginThrottle}): a 429
     * with {@code Retry-After} (whole seconds, rounded up), the password unchecked. No challenge: trying other
     * credentials now would not help.
     */
    private static Mono<Void> tooManyLoginFailures(ServerWebExchange exchange, Duration retryAfter) {
        long seconds = Math.max(1, (retryAfter.toMillis() + 999) / 1000);
        exchange.getResponse().getHeaders().set(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
        return ProblemResponses.write(exchange, HttpStatus.TOO_MANY_REQUESTS, "too-many-login-failures",
                "Too many failed logins",
                "Too many failed logins for this user or from this address; try again in " + seconds + " s",
                Map.of("retryAfterSeconds", seconds));
    }

    private String challenge(AuthenticationException ex) {
        if (properties.mode() == SecurityProperties.Mode.USERS) {
            return "Basic realm=\"" + properties.realm() + "\"";
        }
        // RFC 6750: a token was sent but is not acceptable (bad signature, expired, wrong issuer)
        return ex instanceof InvalidBearerTokenException ? "Bearer error=\"invalid_token\"" : "Bearer";
    }

    private static Mono<Void> write(ServerWebExchange exchange, HttpStatus status, String code, String title,
                                    String detail) {
        return ProblemResponses.write(exchange, status, code, title, detail, Map.of());
    }
}
