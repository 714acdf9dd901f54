package com.serviceledger.query.console;

import java.util.List;
import org.springframework.http.server.PathContainer;
import org.springframework.security.web.server.util.matcher.ServerWebExchangeMatcher;
import org.springframework.security.web.server.util.matcher.ServerWebExchangeMatchers;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/** The web console's paths: its own security chain guards exactly these; the JSON API never sees them. */
final class ConsolePaths {

    static final String HOME = "/";
    static final String LOGIN = "/login";
    static final String LOGOUT = "/logout";
    static final String DASHBOARD = "/console/dashboard";
    static final String SLA = "/console/sla";
    static final String INTAKE = "/console/intake";
    /** A complaint's page is {@code COMPLAINTS + "/" + id}; a service request's likewise. */
    static final String COMPLAINTS = "/console/complaints";
    static final String SERVICE_REQUESTS = "/console/service-requests";
    static final String QUALITY = "/console/quality";
    static final String PEOPLE = "/console/people";
    static final String INBOX = "/console/inbox";
    static final String REPORTS = "/console/reports";
    static final String ADMIN = "/console/admin";
    static final String LANGUAGE = "/console/language";
    /** The improvement actions; one action's page is {@code IMPROVEMENTS + "/" + id}. */
    static final String IMPROVEMENTS = "/console/improvements";
    /** The incidents; one incident's page is {@code INCIDENTS + "/" + id}. */
    static final String INCIDENTS = "/console/incidents";
    /** A subsidiary's emergency plans; one plan's page is {@code EMERGENCY_PLANS + "/" + subsidiary + "/" + kind}. */
    static final String EMERGENCY_PLANS = "/console/emergency-plans";
    /** Static files: the console's own and the WebJars (htmx). No data, so open, as the login page needs them. */
    static final List<String> ASSETS = List.of("/webjars/**", "/console/assets/**");

    /** The sign-in through an OpenID Connect provider (jwt mode): its start and the provider's way back. */
    static final List<String> PROVIDER_SIGN_IN = List.of("/oauth2/authorization/**", "/login/oauth2/code/**");

    static final List<String> PATTERNS = List.of(HOME, LOGIN, LOGOUT, "/console/**", ASSETS.get(0), ASSETS.get(1),
            PROVIDER_SIGN_IN.get(0), PROVIDER_SIGN_IN.get(1));
    static final ServerWebExchangeMatcher ALL = ServerWebExchangeMatchers.pathMatchers(PATTERNS.toArray(String[]::new));
    /** The same, for code that cannot wait on a matcher's Mono. */
    private static final List<PathPattern> PARSED = PATTERNS.stream().map(PathPatternParser.defaultInstance::parse)
            .toList();

    static boolean matches(PathContainer path) {
        return PARSED.stream().anyMatch(pattern -> pattern.matches(path));
    }

    private ConsolePaths() {
    }
}
