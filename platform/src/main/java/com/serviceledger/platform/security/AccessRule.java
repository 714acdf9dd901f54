package com.serviceledger.platform.security;

import java.util.List;
import java.util.Objects;
import org.springframework.http.HttpMethod;

/**
 * Who may call an endpoint: an HTTP method (null: any method) and a path pattern
 * ({@code /api/complaints/{complaintId}/forward}, {@code /api/audit/**}), and the roles let through.
 */
public record AccessRule(HttpMethod method, String pattern, List<String> roles) {

    public AccessRule {
        Objects.requireNonNull(pattern, "pattern");
        if (roles == null || roles.isEmpty()) {
            throw new IllegalArgumentException("an access rule names at least one role: " + pattern);
        }
        roles = List.copyOf(roles);
    }

    public static AccessRule get(String pattern, List<String> roles) {
        return new AccessRule(HttpMethod.GET, pattern, roles);
    }

    public static AccessRule post(String pattern, List<String> roles) {
        return new AccessRule(HttpMethod.POST, pattern, roles);
    }

    public static AccessRule post(String pattern, String... roles) {
        return post(pattern, List.of(roles));
    }

    /** Any method under a path (a family of endpoints that belong to one role set as a whole). */
    public static AccessRule any(String pattern, String... roles) {
        return new AccessRule(null, pattern, List.of(roles));
    }
}
