package com.serviceledger.query.console;

import com.serviceledger.platform.security.JwtUserConverter;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.client.web.server.ServerOAuth2AuthorizedClientRepository;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import org.springframework.security.web.server.DefaultServerRedirectStrategy;
import org.springframework.security.web.server.WebFilterExchange;
import org.springframework.security.web.server.authentication.RedirectServerAuthenticationSuccessHandler;
import org.springframework.security.web.server.authentication.ServerAuthenticationSuccessHandler;
import org.springframework.security.web.server.context.ServerSecurityContextRepository;
import reactor.core.publisher.Mono;

/**
 * After a sign-in through the OpenID Connect provider: the session's user becomes the one the API makes of the
 * provider's access token (the same decoder, the same claims for roles, staff member and scope), so the console
 * shows and does exactly what the user's bearer token would allow in the API. Then on to the page first asked for.
 */
final class ConsoleProviderSession implements ServerAuthenticationSuccessHandler {

    private final ServerOAuth2AuthorizedClientRepository clients;
    private final ReactiveJwtDecoder decoder;
    private final JwtUserConverter users;
    private final ServerSecurityContextRepository contexts;
    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(ConsoleProviderSession.class);

    private final ServerAuthenticationSuccessHandler onwards = new RedirectServerAuthenticationSuccessHandler();
    private final DefaultServerRedirectStrategy failed = new DefaultServerRedirectStrategy();

    ConsoleProviderSession(ServerOAuth2AuthorizedClientRepository clients, ReactiveJwtDecoder decoder,
                           JwtUserConverter users, ServerSecurityContextRepository contexts) {
        this.clients = clients;
        this.decoder = decoder;
        this.users = users;
        this.contexts = contexts;
    }

    @Override
    public Mono<Void> onAuthenticationSuccess(WebFilterExchange exchange, Authentication authentication) {
        var login = (OAuth2AuthenticationToken) authentication;
        return clients.loadAuthorizedClient(login.getAuthorizedClientRegistrationId(), login, exchange.getExchange())
                .switchIfEmpty(Mono.error(() -> new IllegalStateException("the provider gave no access token")))
                .flatMap(client -> decoder.decode(client.getAccessToken().getTokenValue()))
                .flatMap(users::convert)
                .flatMap(staff -> contexts.save(exchange.getExchange(), new SecurityContextImpl(staff))
                        .then(onwards.onAuthenticationSuccess(exchange, staff)))
                .onErrorResume(refused -> {
                    // a token the API would not take signs nobody in: the session forgets the provider's login
                    log.warn("Console sign-in through the provider refused: {}", refused.toString());
                    return contexts.save(exchange.getExchange(), null).then(Mono.defer(() ->
                            failed.sendRedirect(exchange.getExchange(), java.net.URI.create(ConsolePaths.LOGIN + "?error"))));
                });
    }
}
