package com.serviceledger.query.audit;

import com.fasterxml.jackson.databind.JsonNode;
import com.serviceledger.platform.security.Scope;
import com.serviceledger.query.history.Unit;
import java.io.UncheckedIOException;
import java.util.function.Supplier;

/**
 * The audit's one scope rule: a case belongs to the unit its first event files it under. Stored events never
 * change, so the case streams, their cuts, the as-of state, the verifications and the export all judge a case
 * alike, and a slice can decide while it streams. A case outside the caller's scope is not there (404, as an
 * unknown case; slices leave it out). A case whose first event names no subsidiary (a scorecard, a staff
 * record) is group-wide: only group scope covers it.
 */
final class CaseScope {

    private CaseScope() {
    }

    /**
     * @param firstPayload the case's first event's payload as JSON; unreadable (a tampered row), the case is
     *                     covered by group scope only
     */
    static boolean covers(Scope scope, Supplier<JsonNode> firstPayload) {
        if (scope.group()) {
            return true;
        }
        try {
            Unit unit = Unit.namedIn(firstPayload.get());
            return scope.covers(unit.subsidiaryId(), unit.departmentId());
        } catch (UncheckedIOException e) {
            return false;
        }
    }
}
