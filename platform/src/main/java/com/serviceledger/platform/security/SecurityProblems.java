package com.serviceledger.platform.security;

import com.serviceledger.platform.web.ProblemResponses;
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
 * 401 and 403 as {@code application/problem+json} with stable types, like every other error; a 401 tells the
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
