package com.serviceledger.query.organisation;

import com.serviceledger.query.web.QueryProblems;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/** The directory and the policies in force, as the views hold them. */
@RestController
class OrganisationQueryController {

    private final OrganisationReaders readers;

    OrganisationQueryController(OrganisationReaders readers) {
        this.readers = readers;
    }

    @GetMapping("/api/organisation/subsidiaries/{subsidiaryId}")
    Mono<SubsidiaryView> subsidiary(@PathVariable String subsidiaryId) {
        return readers.subsidiaries().byId(subsidiaryId)
                .switchIfEmpty(Mono.error(() -> QueryProblems.notFound("subsidiary", subsidiaryId)));
    }

    @GetMapping("/api/organisation/staff/{staffId}")
    Mono<StaffView> staff(@PathVariable String staffId) {
        return readers.staff().byId(staffId)
                .switchIfEmpty(Mono.error(() -> QueryProblems.notFound("staff member", staffId)));
    }

    /** 404 where the subsidiary never published a policy: the configured default applies to it. */
    @GetMapping("/api/policies/{subsidiaryId}")
    Mono<PolicyView> policy(@PathVariable String subsidiaryId) {
        return readers.policies().byId(subsidiaryId)
                .switchIfEmpty(Mono.error(() -> QueryProblems.notFound("published policy", subsidiaryId)));
    }
}
