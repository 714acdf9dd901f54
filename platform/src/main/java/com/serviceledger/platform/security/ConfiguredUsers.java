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

    @Override
    public Mono<UserDetails> findByUsername(String username) {
        ConfiguredUser user = byName.get(username);
        return user == null ? Mono.empty() : Mono.just(user.copy());
    }
}
