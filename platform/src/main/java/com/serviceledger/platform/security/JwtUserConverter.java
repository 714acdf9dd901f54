package com.serviceledger.platform.security;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.BadJwtException;
import reactor.core.publisher.Mono;

/**
 * A verified token becomes a user: the roles claim (top level, or a dotted path into nested objects as
 * identity providers such as Keycloak nest them) gives {@code ROLE_<UPPERCASE>} authorities, the principal claim
 * the name every event records ({@code sub} when the token lacks it), the staff claim the staff member and the
 * units claim the {@link Scope} (a malformed entry makes the token invalid: a typo must not change a scope).
 */
public final class JwtUserConverter implements Converter<Jwt, Mono<AbstractAuthenticationToken>> {

    private final SecurityProperties.Jwt settings;

    public JwtUserConverter(SecurityProperties.Jwt settings) {
        this.settings = settings;
    }

    @Override
    public Mono<AbstractAuthenticationToken> convert(Jwt jwt) {
        String name = jwt.getClaimAsString(settings.principalClaim());
        if (name == null || name.isBlank()) {
            name = jwt.getSubject();
        }
        Scope scope;
        try {
            scope = Scope.of(values(claim(jwt.getClaims(), settings.unitsClaim())));
        } catch (IllegalArgumentException e) {
            return Mono.error(new BadJwtException("claim " + settings.unitsClaim() + ": " + e.getMessage()));
        }
        Object staffId = claim(jwt.getClaims(), settings.staffClaim());
        return Mono.just(new StaffJwtAuthentication(jwt, authorities(jwt.getClaims()), name,
                staffId == null ? null : staffId.toString(), scope));
    }

    List<GrantedAuthority> authorities(Map<String, Object> claims) {
        return values(claim(claims, settings.rolesClaim())).stream()
                .map(role -> role.trim().toUpperCase(Locale.ROOT).replace('-', '_'))
                .filter(role -> !role.isEmpty())
                .map(role -> role.startsWith("ROLE_") ? role : Roles.authority(role))
                .distinct()
                .<GrantedAuthority>map(SimpleGrantedAuthority::new)
                .toList();
    }

    /** A claim named literally (URL-like names contain dots), else walked as a path. */
    private static Object claim(Map<String, Object> claims, String path) {
        if (claims.containsKey(path)) {
            return claims.get(path);
        }
        Object current = claims;
        for (String part : path.split("\\.")) {
            if (!(current instanceof Map<?, ?> map)) {
                return null;
            }
            current = map.get(part);
        }
        return current;
    }

    /** A claim's values: a list, or a space or comma separated string. */
    private static List<String> values(Object value) {
        return switch (value) {
            case null -> List.of();
            case Collection<?> values -> values.stream().filter(v -> v != null).map(Object::toString).toList();
            case String text -> Arrays.stream(text.split("[\\s,]+")).filter(v -> !v.isEmpty()).toList();
            default -> List.of();
        };
    }
}
