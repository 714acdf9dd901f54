package com.serviceledger.command.scope;

import com.serviceledger.command.web.CommandDispatcher;
import com.serviceledger.platform.security.StaffUser;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * Vault work across the whole group beside the cases' commands (a customer's erasure from every case, the key
 * rotation): refused up front, before anything changes, to a user whose scope is less than the group.
 */
public final class GroupWide {

    private GroupWide() {
    }

    /**
     * The caller, once their scope is the group.
     *
     * @param field the request field the refusal names, or null
     */
    public static Mono<StaffUser> caller(ServerWebExchange exchange, String field) {
        return CommandDispatcher.caller(exchange).doOnNext(caller -> ScopeCheck.requireGroup(caller.scope(), field));
    }
}
