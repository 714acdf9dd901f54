package com.serviceledger.query.console;

import com.serviceledger.command.security.CommandAccessRules;
import com.serviceledger.platform.security.AccessTable;
import com.serviceledger.query.security.QueryAccessRules;
import java.util.List;
import java.util.Optional;
import org.springframework.http.HttpMethod;
import org.springframework.stereotype.Component;

/**
 * Which roles the API lets call an endpoint, for both sides, so the console offers a step only to a user the API
 * would let take it, also on the query side alone (production), whose own filter chain knows only its reads. The
 * sides' own rule lists, not a copy: the API stays the judge of every call.
 */
@Component
class ConsoleApiRoles {

    private final AccessTable api = new AccessTable(List.of(new CommandAccessRules(), new QueryAccessRules()));

    Optional<List<String>> rolesFor(HttpMethod method, String path) {
        return api.rolesFor(method, path);
    }

    /** Whether a user with these roles may call the endpoint. */
    boolean allows(List<String> roles, HttpMethod method, String path) {
        return rolesFor(method, path).map(allowed -> allowed.stream().anyMatch(roles::contains)).orElse(false);
    }
}
