package com.serviceledger.platform.security;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.http.HttpMethod;
import org.springframework.http.server.PathContainer;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * The application's access rules in the order the security filter chain applies them: the open paths, every
 * side's {@link AccessRules}, then actuator for ADMIN; whatever none names is denied. The filter chain is built
 * from this table and the API description reads the roles of each endpoint from it, so the two cannot disagree.
 */
public final class AccessTable {

    /**
     * Open to anyone: health and info (probes and load balancers carry no credentials) and the API description
     * with its UI (it describes endpoints, holds no data, and the UI must load before one can log in with it).
     */
    public static final List<String> OPEN_PATHS = List.of("/actuator/health/**", "/actuator/info",
            "/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**", "/webjars/swagger-ui/**");

    private final List<AccessRule> rules;
    private final List<PathPattern> open;
    private final List<PathPattern> patterns;

    public AccessTable(List<AccessRules> sides) {
        List<AccessRule> all = new ArrayList<>();
        sides.forEach(side -> all.addAll(side.rules()));
        all.add(AccessRule.any("/actuator/**", Roles.ADMIN));
        this.rules = List.copyOf(all);
        // the parser Spring Security's path matchers use
        this.open = OPEN_PATHS.stream().map(PathPatternParser.defaultInstance::parse).toList();
        this.patterns = rules.stream().map(rule -> PathPatternParser.defaultInstance.parse(rule.pattern())).toList();
    }

    /** In order: the first rule matching a request decides. */
    public List<AccessRule> rules() {
        return rules;
    }

    public boolean isOpen(String path) {
        PathContainer container = PathContainer.parsePath(path);
        return open.stream().anyMatch(pattern -> pattern.matches(container));
    }

    /**
     * The roles that may call an endpoint, as the filter chain decides it; empty when nobody may (or the path
     * is open: see {@link #isOpen}). A path template such as {@code /api/complaints/{complaintId}} matches the
     * rule written with the same template.
     */
    public Optional<List<String>> rolesFor(HttpMethod method, String path) {
        PathContainer container = PathContainer.parsePath(path);
        for (int i = 0; i < rules.size(); i++) {
            AccessRule rule = rules.get(i);
            if ((rule.method() == null || rule.method().equals(method)) && patterns.get(i).matches(container)) {
                return Optional.of(rule.roles());
            }
        }
        return Optional.empty();
    }
}
