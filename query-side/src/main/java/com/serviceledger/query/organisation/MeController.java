package com.serviceledger.query.organisation;

import com.serviceledger.platform.security.Scope;
import com.serviceledger.platform.security.StaffUser;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/** Who the caller is: login, roles, scope, and the staff member of the directory they are. */
@RestController
class MeController {

    private final OrganisationReaders readers;

    MeController(OrganisationReaders readers) {
        this.readers = readers;
    }

    /**
     * @param staffId null for a user mapped to no staff member
     * @param staff   the staff member as the directory holds them now; null when unmapped or not (yet) in the
     *                directory
     */
    record Me(String name, String staffId, List<String> roles, ScopeView scope, StaffView staff) {
    }

    /**
     * @param group   the whole group
     * @param entries as configured or claimed: {@code *}, {@code <subsidiary>}, {@code <subsidiary>/<department>}
     */
    record ScopeView(boolean group, List<String> entries) {

        static ScopeView of(Scope scope) {
            return new ScopeView(scope.group(), scope.entries());
        }
    }

    @GetMapping("/api/me")
    Mono<Me> me() {
        return StaffUser.current().flatMap(user -> staffOf(user).map(staff -> me(user, staff))
                .defaultIfEmpty(me(user, null)));
    }

    private Mono<StaffView> staffOf(StaffUser user) {
        return user.staffId() == null ? Mono.empty() : readers.me().byId(user.staffId());
    }

    private static Me me(StaffUser user, StaffView staff) {
        return new Me(user.name(), user.staffId(), user.roles(), ScopeView.of(user.scope()), staff);
    }
}
