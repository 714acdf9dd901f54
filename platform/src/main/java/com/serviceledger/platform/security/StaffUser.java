package com.serviceledger.platform.security;

import java.util.List;
import java.util.Locale;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.ReactiveSecurityContextHolder;
import reactor.core.publisher.Mono;

/**
 * Who is calling: the login name every event records as its principal, the staff member of the directory the
 * user is (null for a user the configuration or the token maps to nobody), the roles and the scope. One shape for
 * configured users and token users alike.
 */
public record StaffUser(String name, String staffId, List<String> roles, Scope scope) {

    public StaffUser {
        roles = List.copyOf(roles);
    }

    /** The caller of the request being served, when authenticated. */
    public static Mono<StaffUser> current() {
        return ReactiveSecurityContextHolder.getContext()
                .mapNotNull(context -> context.getAuthentication())
                .filter(Authentication::isAuthenticated)
                .map(StaffUser::of);
    }

    /** The user an authentication stands for: a configured user's record, a token's claims, else no staff. */
    public static StaffUser of(Authentication authentication) {
        List<String> roles = authentication.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .filter(authority -> authority.startsWith("ROLE_"))
                .map(authority -> authority.substring("ROLE_".length()).toUpperCase(Locale.ROOT))
                .toList();
        return switch (authentication) {
            case StaffJwtAuthentication token -> new StaffUser(token.getName(), token.staffId(), roles, token.scope());
            default -> authentication.getPrincipal() instanceof ConfiguredUser user
                    ? new StaffUser(user.getUsername(), user.staffId(), roles, user.scope())
                    : new StaffUser(authentication.getName(), null, roles, Scope.NONE);
        };
    }
}
