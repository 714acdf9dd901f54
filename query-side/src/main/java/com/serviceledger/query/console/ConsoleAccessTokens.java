package com.serviceledger.query.console;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.client.OAuth2AuthorizeRequest;
import org.springframework.security.oauth2.client.ReactiveOAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.ReactiveOAuth2AuthorizedClientProviderBuilder;
import org.springframework.security.oauth2.client.registration.ReactiveClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.DefaultReactiveOAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.web.server.ServerOAuth2AuthorizedClientRepository;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * The signed-in user's access token for a call to the other side: the provider's, refreshed through the session's
 * refresh token when it is about to expire (so a console session outlives a five-minute token), else the token
 * the session was opened with.
 */
@Component
class ConsoleAccessTokens {

    private final ReactiveOAuth2AuthorizedClientManager clients;
    private final ConsoleSignIn signIn;

    ConsoleAccessTokens(ConsoleSignIn signIn, ObjectProvider<ReactiveClientRegistrationRepository> registrations,
                        ObjectProvider<ServerOAuth2AuthorizedClientRepository> authorized) {
        this.signIn = signIn;
        ReactiveClientRegistrationRepository repository = registrations.getIfAvailable();
        ServerOAuth2AuthorizedClientRepository sessions = authorized.getIfAvailable();
        if (repository != null && sessions != null) {
            var manager = new DefaultReactiveOAuth2AuthorizedClientManager(repository, sessions);
            manager.setAuthorizedClientProvider(ReactiveOAuth2AuthorizedClientProviderBuilder.builder()
                    .authorizationCode().refreshToken().build());
            this.clients = manager;
        } else {
            this.clients = null;
        }
    }

    Mono<String> accessToken(ServerWebExchange exchange, Authentication user) {
        Mono<String> opened = user instanceof JwtAuthenticationToken token ? Mono.just(token.getToken().getTokenValue())
                : Mono.error(new IllegalStateException("the console reaches the other side only with an access "
                        + "token (serviceledger.security.mode=jwt); " + user.getClass().getSimpleName() + " has none"));
        if (clients == null || signIn.provider().isEmpty()) {
            return opened;
        }
        var request = OAuth2AuthorizeRequest.withClientRegistrationId(signIn.provider().get().getRegistrationId())
                .principal(user).attribute(ServerWebExchange.class.getName(), exchange).build();
        return clients.authorize(request).map(client -> client.getAccessToken().getTokenValue()).switchIfEmpty(opened);
    }
}
