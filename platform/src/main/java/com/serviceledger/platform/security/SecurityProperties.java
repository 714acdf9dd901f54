package com.serviceledger.platform.security;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How callers prove who they are ({@code serviceledger.security.*}).
 *
 * @param mode  {@code jwt}: bearer tokens from the configured issuer
 *              ({@code spring.security.oauth2.resourceserver.jwt.issuer-uri}); {@code users}: HTTP Basic against
 *              {@code users}
 * @param users for {@code users} mode: name, password ({@code {bcrypt}…} or {@code {noop}…}), roles, and the
 *              staff member and scope of each ({@link Scope})
 * @param jwt   for {@code jwt} mode: which claims carry the roles, the user name, the staff member and the scope
 * @param realm the Basic realm announced in {@code WWW-Authenticate}
 */
@ConfigurationProperties("serviceledger.security")
public record SecurityProperties(@DefaultValue("jwt") Mode mode, List<User> users, @DefaultValue Jwt jwt,
                                 @DefaultValue("ServiceLedger") String realm) {

    public SecurityProperties {
        users = users == null ? List.of() : List.copyOf(users);
    }

    public enum Mode {
        USERS, JWT
    }

    /**
     * @param staffId the staff member of the directory the user is (absent: nobody, e.g. a technical account)
     * @param scope   {@link Scope} entries: {@code *}, {@code <subsidiary>}, {@code <subsidiary>/<department>}
     *                (absent: nothing)
     */
    public record User(String name, String password, List<String> roles, String staffId, List<String> scope) {

        public User {
            roles = roles == null ? List.of() : List.copyOf(roles);
            scope = scope == null ? List.of() : List.copyOf(scope);
        }
    }

    /**
     * @param rolesClaim     claim holding the roles, a list or a space/comma separated string; a dotted path
     *                       such as {@code realm_access.roles} reads into nested objects
     * @param principalClaim claim naming the user (recorded as every event's principal); {@code sub} when absent
     * @param staffClaim     claim holding the user's staff id in the directory
     * @param unitsClaim     claim holding the user's {@link Scope} entries, a list or a space/comma separated
     *                       string (a dotted path reads into nested objects, as for the roles)
     */
    public record Jwt(@DefaultValue("roles") String rolesClaim,
                      @DefaultValue("preferred_username") String principalClaim,
                      @DefaultValue("staff_id") String staffClaim,
                      @DefaultValue("units") String unitsClaim) {
    }
}
