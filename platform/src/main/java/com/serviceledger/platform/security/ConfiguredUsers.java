package com.serviceledger.platform.security;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.security.core.userdetails.ReactiveUserDetailsService;
import org.springframework.security.core.userdetails.UserDetails;
import reactor.core.publisher.Mono;

/**
 * The configured users ({@code users} mode) by name. Spring's map-backed service would hand out plain copies,
 * losing each user's staff member and scope; this one hands out copies of the {@link ConfiguredUser} itself.
 */
public final class ConfiguredUsers implements ReactiveUserDetailsService {

    private final Map<String, ConfiguredUser> byName = new LinkedHashMap<>();

    ConfiguredUsers(List<ConfiguredUser> users) {
        users.forEach(user -> byName.put(user.getUsername(), user));
    }

    /**
     * A stored password to check an unknown user name against, so that it costs what a known name's check costs:
     * the first one not stored as {@code {noop}} (a {@code {bcrypt}} hash, say) when there is one, else the first.
     */
    String referencePassword() {
        return byName.values().stream().map(ConfiguredUser::getPassword)
                .filter(password -> !password.startsWith("{noop}"))
                .findFirst()
                .orElseGet(() -> byName.isEmpty() ? "{noop}" + java.util.UUID.randomUUID()
                        : byName.values().iterator().next().getPassword());
    }

    @Override
    public Mono<UserDetails> findByUsername(String username) {
        ConfiguredUser user = byName.get(username);
        return user == null ? Mono.empty() : Mono.just(user.copy());
    }
}
