package com.serviceledger.query.console;

import com.serviceledger.platform.security.BasicLogin;
import com.serviceledger.platform.security.ConfiguredUsers;
import com.serviceledger.platform.security.LoginThrottle;
import com.serviceledger.platform.security.LoginThrottledException;
import com.serviceledger.platform.security.SecurityProperties;
import java.net.URI;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.server.DefaultServerRedirectStrategy;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.security.web.server.authentication.RedirectServerAuthenticationEntryPoint;
import org.springframework.security.web.server.authentication.ServerAuthenticationFailureHandler;
import org.springframework.security.web.server.authentication.logout.RedirectServerLogoutSuccessHandler;
import org.springframework.security.web.server.header.ReferrerPolicyServerHttpHeadersWriter.ReferrerPolicy;

/**
 * The web console's own security chain, ahead of the API's: a session cookie, CSRF tokens and a sign-in form of
 * our own, for the console's paths only ({@link ConsolePaths}). The API's chain stays stateless and never reads
 * the session, so the console's cookie opens no API endpoint.
 *
 * <p>{@code users} mode: the form checks the configured users through the API's own throttled password login
 * ({@link BasicLogin}). {@code jwt} mode: the identity provider holds the passwords and the resource server
 * settings give no OpenID Connect client to sign in with, so the console only says it is not available there yet.
 */
@Configuration(proxyBeanMethods = false)
class ConsoleSecurityConfiguration {

    private static final Logger log = LoggerFactory.getLogger(ConsoleSecurityConfiguration.class);

    /** Scripts and styles from this origin only (no inline script: htmx is told not to inject its style). */
    private static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; "
            + "style-src 'self'; img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'self'; "
            + "form-action 'self'; frame-ancestors 'none'";

    @Bean
    @Order(Ordered.HIGHEST_PRECEDENCE)
    SecurityWebFilterChain consoleSecurity(ServerHttpSecurity http, SecurityProperties properties,
                                           ObjectProvider<ConfiguredUsers> users,
                                           ObjectProvider<LoginThrottle> throttle, PasswordEncoder passwordEncoder) {
        http.securityMatcher(ConsolePaths.ALL)
                .httpBasic(ServerHttpSecurity.HttpBasicSpec::disable)
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN)))
                .exceptionHandling(errors -> errors
                        .authenticationEntryPoint(new RedirectServerAuthenticationEntryPoint(ConsolePaths.LOGIN)))
                .authorizeExchange(exchanges -> exchanges
                        .pathMatchers(ConsolePaths.ASSETS.toArray(String[]::new)).permitAll()
                        .pathMatchers(ConsolePaths.LOGIN, ConsolePaths.LANGUAGE).permitAll()
                        .anyExchange().authenticated());
        if (properties.mode() == SecurityProperties.Mode.USERS) {
            http.formLogin(form -> form.loginPage(ConsolePaths.LOGIN)
                            .authenticationManager(new BasicLogin(users.getObject(), passwordEncoder,
                                    throttle.getObject()))
                            .authenticationFailureHandler(failure()))
                    .logout(logout -> logout.logoutUrl(ConsolePaths.LOGOUT)
                            .logoutSuccessHandler(redirectTo(ConsolePaths.LOGIN + "?signed-out")));
        } else {
            log.warn("The web console has no sign-in in serviceledger.security.mode=jwt yet (sign-in through the "
                    + "OpenID Connect provider comes later): {} says so, every other console page redirects there",
                    ConsolePaths.LOGIN);
            http.formLogin(ServerHttpSecurity.FormLoginSpec::disable)
                    .logout(ServerHttpSecurity.LogoutSpec::disable);
        }
        return http.build();
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
