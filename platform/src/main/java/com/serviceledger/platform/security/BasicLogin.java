package com.serviceledger.platform.security;

import java.net.InetSocketAddress;
import java.util.List;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.CredentialsExpiredException;
import org.springframework.security.authentication.ReactiveAuthenticationManager;
import org.springframework.security.authentication.UserDetailsRepositoryReactiveAuthenticationManager;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.userdetails.ReactiveUserDetailsService;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * The {@code users} mode's password login: Spring's user-details login, throttled, with the same work for an
 * unknown user name as for a known one. The API's HTTP Basic and the web console's sign-in form both use it, so
 * the form is no way around the throttle.
 *
 * <p><b>Throttle.</b> A name or client address the {@link LoginThrottle} holds locked is refused with a
 * {@link LoginThrottledException} (a 429, {@link SecurityProblems}) before its password is looked at, so the
 * lockout tells nothing about the password; every failed login counts, a successful one forgets the name's
 * failures. The address is the exchange's remote address, which Spring Security puts into the Reactor context
 * ({@code ServerWebExchange}); it honours {@code X-Forwarded-For} only when Spring's forwarded-header handling
 * is configured ({@code server.forward-headers-strategy}), never by itself.
 *
 * <p><b>No timing oracle.</b> Spring's reactive login (unlike the servlet {@code DaoAuthenticationProvider}) fails
 * an unknown name at once, without any password check, so a bcrypt user's name is told apart from an unknown
 * one by the time the answer takes. Here an unknown name is checked, by the same code path, against a
 * configured user's stored password ({@link ConfiguredUsers#referencePassword()}: a {@code {bcrypt}} one when any
 * user has one, so the unknown name pays the same bcrypt check), and then refused whatever the outcome.
 */
public final class BasicLogin implements ReactiveAuthenticationManager {

    private final ReactiveAuthenticationManager delegate;
    private final LoginThrottle throttle;

    public BasicLogin(ConfiguredUsers users, PasswordEncoder passwordEncoder, LoginThrottle throttle) {
        String reference = users.referencePassword();
        ReactiveUserDetailsService orUnknown = name -> users.findByUsername(name)
                .switchIfEmpty(Mono.fromSupplier(() -> new UnknownUser(name, reference)));
        var manager = new UserDetailsRepositoryReactiveAuthenticationManager(orUnknown);
        manager.setPasswordEncoder(passwordEncoder);
        // after the password check: an unknown name is refused even if the reference password was sent
        manager.setPostAuthenticationChecks(user -> {
            if (user instanceof UnknownUser) {
                throw new BadCredentialsException("Invalid Credentials");
            }
            if (!user.isCredentialsNonExpired()) {
                throw new CredentialsExpiredException("User credentials have expired");
            }
        });
        this.delegate = manager;
        this.throttle = throttle;
    }

    @Override
    public Mono<Authentication> authenticate(Authentication attempt) {
        return Mono.deferContextual(context -> {
            String name = attempt.getName();
            String address = context.<ServerWebExchange>getOrEmpty(ServerWebExchange.class)
                    .map(BasicLogin::clientAddress).orElse("unknown");
            var locked = throttle.lockedFor(name, address);
            if (locked.isPresent()) {
                return Mono.error(new LoginThrottledException(locked.get()));
            }
            return delegate.authenticate(attempt)
                    .doOnNext(success -> throttle.succeeded(name))
                    .doOnError(AuthenticationException.class, failure -> throttle.failed(name, address));
        });
    }

    private static String clientAddress(ServerWebExchange exchange) {
        InetSocketAddress remote = exchange.getRequest().getRemoteAddress();
        if (remote == null) {
            return "unknown";
        }
        return remote.getAddress() != null ? remote.getAddress().getHostAddress() : remote.getHostString();
    }

    /** Stands in for a name no user has, so that it goes through the same password check. */
    private static final class UnknownUser extends User {
        UnknownUser(String name, String referencePassword) {
            super(name, referencePassword, List.of());
        }
    }
}
