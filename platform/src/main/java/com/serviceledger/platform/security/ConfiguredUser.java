package com.serviceledger.platform.security;

import java.util.List;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;

/** A user of {@code serviceledger.security.users}, with the staff member and scope configured for them. */
final class ConfiguredUser extends User {

    private final List<String> roles;
    private final String staffId;
    private final Scope scope;

    ConfiguredUser(String name, String password, List<String> roles, String staffId, Scope scope) {
        super(name, password, roles.stream().map(role -> new SimpleGrantedAuthority(Roles.authority(role))).toList());
        this.roles = List.copyOf(roles);
        this.staffId = staffId;
        this.scope = scope;
    }

    /** A copy for one login: the login may erase its credentials, never the configured user's. */
    ConfiguredUser copy() {
        return new ConfiguredUser(getUsername(), getPassword(), roles, staffId, scope);
    }

    String staffId() {
        return staffId;
    }

    Scope scope() {
        return scope;
    }

}
