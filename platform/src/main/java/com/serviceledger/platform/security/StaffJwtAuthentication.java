package com.serviceledger.platform.security;

import java.util.Collection;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

/** A verified token's user, with the staff member and scope its claims name. */
final class StaffJwtAuthentication extends JwtAuthenticationToken {

    private final String staffId;
    private final Scope scope;

    StaffJwtAuthentication(Jwt jwt, Collection<? extends GrantedAuthority> authorities, String name, String staffId,
                           Scope scope) {
        super(jwt, authorities, name);
        this.staffId = staffId;
        this.scope = scope;
    }

    String staffId() {
        return staffId;
    }

    Scope scope() {
        return scope;
    }

}
