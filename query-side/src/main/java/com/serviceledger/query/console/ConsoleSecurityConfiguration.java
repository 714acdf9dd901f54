package com.serviceledger.query.console;

import com.serviceledger.platform.security.BasicLogin;
import com.serviceledger.platform.security.ConfiguredUsers;
import com.serviceledger.platform.security.JwtUserConverter;
import com.serviceledger.platform.security.LoginThrottle;
import com.serviceledger.platform.security.LoginThrottledException;
import com.serviceledger.platform.security.SecurityProperties;
import java.net.URI;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.client.web.server.ServerOAuth2AuthorizedClientRepository;
import org.springframework.security.oauth2.client.web.server.WebSessionServerOAuth2AuthorizedClientRepository;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import org.springframework.security.web.server.DefaultServerRedirectStrategy;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.security.web.server.authentication.RedirectServerAuthenticationEntryPoint;
import org.springframework.security.web.server.authentication.ServerAuthenticationFailureHandler;
import org.springframework.security.web.server.authentication.logout.RedirectServerLogoutSuccessHandler;
import org.springframework.security.web.server.context.WebSessionServerSecurityContextRepository;
import org.springframework.security.web.server.csrf.XorServerCsrfTokenRequestAttributeHandler;
import org.springframework.security.web.server.header.ReferrerPolicyServerHttpHeadersWriter.ReferrerPolicy;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The web console's own security chain, ahead of the API's: a session cookie, CSRF tokens and a sign-in form of
 * our own, for the console's paths only ({@link ConsolePaths}). The API's chain stays stateless and never reads
 * the session, so the console's cookie opens no API endpoint.
 *
 * <p>{@code users} mode: the form checks the configured users through the API's own throttled password login
 * ({@link BasicLogin}). {@code jwt} mode: the identity provider holds the passwords; the console signs in through
 * it (OpenID Connect, authorization code with PKCE where the registration asks for it) and keeps as the session's
 * user the one the API makes of the provider's access token ({@link ConsoleProviderSession}). Without a client
 * registration the console says it cannot sign anyone in.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ConsoleProperties.class)
class ConsoleSecurityConfiguration {

    private static final Logger log = LoggerFactory.getLogger(ConsoleSecurityConfiguration.class);

    /**
     * Scripts and styles from this origin only (no inline script: htmx is told not to inject its style). Forms post
     * here only, and to the identity provider's origin when signing out goes on to end its session there (a
     * form's redirect counts as its action).
     */
    private static String contentSecurityPolicy(ConsoleSignIn signIn) {
        String formAction = "'self'" + signIn.provider()
                .map(provider -> provider.getProviderDetails().getConfigurationMetadata().get("end_session_endpoint"))
                .map(end -> " " + UriComponentsBuilder.fromUriString(end.toString()).replacePath(null)
                        .replaceQuery(null).build().toUriString())
                .orElse("");
        return "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
                + "connect-src 'self'; object-src 'none'; base-uri 'self'; form-action " + formAction
                + "; frame-ancestors 'none'";
    }

    @Bean
    @Order(Ordered.HIGHEST_PRECEDENCE)
    SecurityWebFilterChain consoleSecurity(ServerHttpSecurity http, SecurityProperties properties,
                                           ConsoleSignIn signIn, ObjectProvider<ReactiveJwtDecoder> jwtDecoder,
                                           ObjectProvider<ServerOAuth2AuthorizedClientRepository> authorizedClients,
                                           ObjectProvider<ConfiguredUsers> users,
                                           ObjectProvider<LoginThrottle> throttle, PasswordEncoder passwordEncoder) {
        http.securityMatcher(ConsolePaths.ALL)
                .httpBasic(ServerHttpSecurity.HttpBasicSpec::disable)
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives(contentSecurityPolicy(signIn)))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN)))
                .exceptionHandling(errors -> errors
                        .authenticationEntryPoint(new RedirectServerAuthenticationEntryPoint(ConsolePaths.LOGIN)))
                .authorizeExchange(exchanges -> exchanges
                        .pathMatchers(ConsolePaths.ASSETS.toArray(String[]::new)).permitAll()
                        .pathMatchers(ConsolePaths.LOGIN, ConsolePaths.LANGUAGE).permitAll()
                        .pathMatchers(ConsolePaths.PROVIDER_SIGN_IN.toArray(String[]::new)).permitAll()
                        .anyExchange().authenticated());
        // a case's upload form is multipart: its CSRF token is read from there too
        var csrfTokens = new XorServerCsrfTokenRequestAttributeHandler();
        csrfTokens.setTokenFromMultipartDataEnabled(true);
        http.csrf(csrf -> csrf.csrfTokenRequestHandler(csrfTokens));
        var contexts = new WebSessionServerSecurityContextRepository();
        http.securityContextRepository(contexts);
        switch (signIn.kind()) {
            case FORM -> http.formLogin(form -> form.loginPage(ConsolePaths.LOGIN)
                            .securityContextRepository(contexts)
                            .authenticationManager(new BasicLogin(users.getObject(), passwordEncoder,
                                    throttle.getObject()))
                            .authenticationFailureHandler(failure()))
                    .logout(logout -> logout.logoutUrl(ConsolePaths.LOGOUT)
                            .logoutSuccessHandler(redirectTo(ConsolePaths.LOGIN + "?signed-out")));
            case PROVIDER -> {
                ServerOAuth2AuthorizedClientRepository clients = authorizedClients.getObject();
                http.formLogin(ServerHttpSecurity.FormLoginSpec::disable)
                        .oauth2Login(login -> login.authorizedClientRepository(clients)
                                .securityContextRepository(contexts)
                                .authenticationSuccessHandler(new ConsoleProviderSession(clients,
                                        jwtDecoder.getObject(), new JwtUserConverter(properties.jwt()), contexts))
                                .authenticationFailureHandler(failure()))
                        .logout(logout -> logout.logoutUrl(ConsolePaths.LOGOUT)
                                .logoutSuccessHandler(new ConsoleProviderSignOut(signIn.provider().orElseThrow())));
            }
            case NONE -> {
                log.warn("The web console cannot sign anyone in: serviceledger.security.mode=jwt without an OpenID "
                        + "Connect client registration (spring.security.oauth2.client.registration.*, see "
                        + "docs/operations.md); {} says so, every other console page redirects there",
                        ConsolePaths.LOGIN);
                http.formLogin(ServerHttpSecurity.FormLoginSpec::disable)
                        .logout(ServerHttpSecurity.LogoutSpec::disable);
            }
        }
        return http.build();
    }

    /**
     * The provider's tokens of a console sign-in, kept in the user's session (gone with it), where the console
     * finds them again to call the other side ({@link ConsoleAccessTokens}).
     */
    @Bean
    ServerOAuth2AuthorizedClientRepository consoleAuthorizedClients() {
        return new WebSessionServerOAuth2AuthorizedClientRepository();
    }

    /** Back to the form, saying whether the password was wrong or the name or address is locked for a while. */
    private static ServerAuthenticationFailureHandler failure() {
        var redirect = new DefaultServerRedirectStrategy();
        return (filterExchange, exception) -> redirect.sendRedirect(filterExchange.getExchange(), URI.create(
                ConsolePaths.LOGIN + (exception instanceof LoginThrottledException ? "?locked" : "?error")));
    }

    private static RedirectServerLogoutSuccessHandler redirectTo(String location) {
        var handler = new RedirectServerLogoutSuccessHandler();
        handler.setLogoutSuccessUrl(URI.create(location));
        return handler;
    }
}
