package com.serviceledger.query.console;

import java.net.URI;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.web.server.DefaultServerRedirectStrategy;
import org.springframework.security.web.server.WebFilterExchange;
import org.springframework.security.web.server.authentication.logout.ServerLogoutSuccessHandler;
import org.springframework.web.util.UriComponentsBuilder;
import reactor.core.publisher.Mono;

/**
 * Signing out of the console ends the provider's session too (OpenID Connect RP-initiated logout, when the
 * provider names an {@code end_session_endpoint}), then comes back to the sign-in page; else straight back there.
 */
final class ConsoleProviderSignOut implements ServerLogoutSuccessHandler {

    private final ClientRegistration provider;
    private final DefaultServerRedirectStrategy redirect = new DefaultServerRedirectStrategy();

    ConsoleProviderSignOut(ClientRegistration provider) {
        this.provider = provider;
    }

    @Override
    public Mono<Void> onLogoutSuccess(WebFilterExchange exchange, Authentication authentication) {
        URI back = UriComponentsBuilder.fromUri(exchange.getExchange().getRequest().getURI())
                .replacePath(ConsolePaths.LOGIN).replaceQuery("signed-out").build().toUri();
        Object end = provider.getProviderDetails().getConfigurationMetadata().get("end_session_endpoint");
        URI target = end == null ? URI.create(ConsolePaths.LOGIN + "?signed-out")
                : UriComponentsBuilder.fromUriString(end.toString())
                        .queryParam("client_id", provider.getClientId())
                        .queryParam("post_logout_redirect_uri", back.toString())
                        .encode().build().toUri();
        return redirect.sendRedirect(exchange.getExchange(), target);
    }
}
