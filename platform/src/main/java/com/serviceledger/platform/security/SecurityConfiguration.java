package com.serviceledger.platform.security;

import com.serviceledger.platform.web.InProcessApi;
import java.time.Clock;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.reactive.EnableWebFluxSecurity;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.security.web.server.firewall.ServerExchangeRejectedHandler;
import org.springframework.security.web.server.savedrequest.NoOpServerRequestCache;

/**
 * The one filter chain of an application, from the {@link AccessTable}: health, info and the API description
 * open, every side's {@link AccessRules} in turn, the rest of actuator for ADMIN, and everything no rule names
 * denied. Stateless (no session, no CSRF token, no
 * login page, no redirects): each request carries its credentials, Basic or a bearer token by {@code mode}; a call
 * from inside the application ({@link InProcessApi}) carries its user instead.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebFluxSecurity
@EnableConfigurationProperties({SecurityProperties.class, LoginThrottleProperties.class})
public class SecurityConfiguration {

    /** The API called from inside the application as a signed-in user (the web console's commands). */
    @Bean
    InProcessApi inProcessApi(org.springframework.context.ApplicationContext context) {
        return new InProcessApi(context);
    }

    /** Every side's rules, in the order the chain applies them; the API description reads its roles here. */
    @Bean
    AccessTable accessTable(ObjectProvider<AccessRules> sides) {
        return new AccessTable(sides.orderedStream().toList());
    }

    @Bean
    SecurityWebFilterChain serviceLedgerSecurity(ServerHttpSecurity http, SecurityProperties properties,
                                                 AccessTable table,
                                                 ObjectProvider<ConfiguredUsers> users,
                                                 ObjectProvider<LoginThrottle> loginThrottle,
                                                 PasswordEncoder passwordEncoder,
                                                 ObjectProvider<ReactiveJwtDecoder> jwtDecoder) {
        SecurityProblems problems = new SecurityProblems(properties);
        http.csrf(ServerHttpSecurity.CsrfSpec::disable)
                .formLogin(ServerHttpSecurity.FormLoginSpec::disable)
                .logout(ServerHttpSecurity.LogoutSpec::disable)
                .securityContextRepository(InProcessApi.securityContexts())
                .requestCache(cache -> cache.requestCache(NoOpServerRequestCache.getInstance()))
                .exceptionHandling(errors -> errors.authenticationEntryPoint(problems).accessDeniedHandler(problems))
                .authorizeExchange(exchanges -> {
                    exchanges.pathMatchers(AccessTable.OPEN_PATHS.toArray(String[]::new)).permitAll();
                    for (AccessRule rule : table.rules()) {
                        var matcher = rule.method() == null
                                ? exchanges.pathMatchers(rule.pattern())
                                : exchanges.pathMatchers(rule.method(), rule.pattern());
                        matcher.hasAnyRole(rule.roles().toArray(String[]::new));
                    }
                    exchanges.anyExchange().denyAll();
                });
        switch (properties.mode()) {
            case USERS -> http.httpBasic(basic -> basic.authenticationEntryPoint(problems)
                    .authenticationManager(new BasicLogin(users.getObject(), passwordEncoder, loginThrottle.getObject())));
            case JWT -> http.httpBasic(ServerHttpSecurity.HttpBasicSpec::disable)
                    .oauth2ResourceServer(server -> server
                            .authenticationEntryPoint(problems)
                            .accessDeniedHandler(problems)
                            .jwt(jwt -> jwt.jwtDecoder(requiredDecoder(jwtDecoder))
                                    .jwtAuthenticationConverter(new JwtUserConverter(properties.jwt()))));
        }
        return http.build();
    }

    private static ReactiveJwtDecoder requiredDecoder(ObjectProvider<ReactiveJwtDecoder> decoder) {
        ReactiveJwtDecoder found = decoder.getIfAvailable();
        if (found == null) {
            throw new IllegalStateException("serviceledger.security.mode=jwt needs the token issuer: set "
                    + "spring.security.oauth2.resourceserver.jwt.issuer-uri (or jwk-set-uri), "
                    + "or serviceledger.security.mode=users with serviceledger.security.users");
        }
        return found;
    }

    /** The firewall's refusals as problems (Spring Security's own handler answers a bare 400). */
    @Bean
    ServerExchangeRejectedHandler exchangeRejectedAsProblem(SecurityProperties properties) {
        return new SecurityProblems(properties);
    }

    /** The configured users ({@code users} mode); passwords carry their encoding ({bcrypt}, {noop}). */
    @Bean
    @ConditionalOnProperty(name = "serviceledger.security.mode", havingValue = "users")
    ConfiguredUsers serviceLedgerUsers(SecurityProperties properties) {
        if (properties.users().isEmpty()) {
            throw new IllegalStateException(
                    "serviceledger.security.mode=users needs at least one entry in serviceledger.security.users");
        }
        return new ConfiguredUsers(properties.users().stream().map(SecurityConfiguration::user).toList());
    }

    /**
     * The Basic logins' throttle ({@code users} mode; {@link BasicLogin}). On the system clock, not the
     * application's {@code Clock} bean: a lockout is real time even when the demo simulates time. JWT mode has
     * none: the identity provider, which checks the passwords, throttles its own logins.
     */
    @Bean
    @ConditionalOnProperty(name = "serviceledger.security.mode", havingValue = "users")
    LoginThrottle loginThrottle(LoginThrottleProperties settings) {
        return new LoginThrottle(settings, Clock.systemUTC());
    }

    /**
     * Verifies {id}-prefixed passwords as configured. Never "upgrades" them: Spring's login would otherwise hash
     * every {noop} password with bcrypt on each request (a bcrypt hash per call, ~100 ms of CPU), and the
     * configuration, not the login, decides how a password is stored.
     */
    @Bean
    PasswordEncoder passwordEncoder() {
        PasswordEncoder configured = PasswordEncoderFactories.createDelegatingPasswordEncoder();
        return new PasswordEncoder() {
            @Override
            public String encode(CharSequence rawPassword) {
                return configured.encode(rawPassword);
            }

            @Override
            public boolean matches(CharSequence rawPassword, String encodedPassword) {
                return configured.matches(rawPassword, encodedPassword);
            }

            @Override
            public boolean upgradeEncoding(String encodedPassword) {
                return false;
            }
        };
    }

    private static ConfiguredUser user(SecurityProperties.User user) {
        if (user.name() == null || user.name().isBlank() || user.password() == null) {
            throw new IllegalStateException("every serviceledger.security.users entry needs a name and a password");
        }
        for (String role : user.roles()) {
            if (!Roles.ALL.contains(role)) {
                throw new IllegalStateException("user " + user.name() + ": unknown role " + role
                        + " (known: " + Roles.ALL + ")");
            }
        }
        Scope scope;
        try {
            scope = Scope.of(user.scope());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("user " + user.name() + ": " + e.getMessage(), e);
        }
        return new ConfiguredUser(user.name(), user.password(), user.roles(), user.staffId(), scope);
    }
}
