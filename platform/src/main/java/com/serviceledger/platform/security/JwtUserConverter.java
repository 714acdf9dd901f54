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
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import reactor.core.publisher.Mono;

/**
 * A verified token becomes a user: the roles claim (top level, or a dotted path into nested objects as
 * identity providers such as Keycloak nest them) gives {@code ROLE_<UPPERCASE>} authorities, the principal claim
 * the name every event records ({@code sub} when the token lacks it).
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
        return Mono.just(new JwtAuthenticationToken(jwt, authorities(jwt.getClaims()), name));
    }

    List<GrantedAuthority> authorities(Map<String, Object> claims) {
        return roleNames(claim(claims, settings.rolesClaim())).stream()
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

    private static List<String> roleNames(Object value) {
        return switch (value) {
            case null -> List.of();
            case Collection<?> values -> values.stream().filter(v -> v != null).map(Object::toString).toList();
            case String text -> Arrays.asList(text.split("[\\s,]+"));
            default -> List.of();
        };
    }
}
