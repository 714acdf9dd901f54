package com.serviceledger.query.metrics;

import com.serviceledger.kernel.common.OutOfScope;
import com.serviceledger.platform.security.Scope;

/**
 * The unit a metric or report is asked for must lie in the reader's scope, else a 403 naming the parameter. Units
 * are no secret (a scope names them), unlike the cases and staff in them, which read as unknown. A unit only partly
 * in scope (a subsidiary of a department-scoped reader) is allowed: every count keeps to the scope anyway.
 */
final class RequestedUnit {

    private RequestedUnit() {
    }

    /**
     * @param subsidiaryId null when not asked for
     * @param departmentId null when not asked for; without a subsidiary it is in scope if any subsidiary of the
     *                     scope covers a department of that id (departments are named per subsidiary)
     * @throws OutOfScope naming the parameter outside the scope
     */
    static void requireInScope(Scope scope, String subsidiaryParameter, String subsidiaryId,
                               String departmentParameter, String departmentId) {
        if (subsidiaryId != null && !scope.reaches(subsidiaryId)) {
            throw new OutOfScope(subsidiaryParameter, "subsidiary '" + subsidiaryId + "' is outside your scope");
        }
        if (departmentId != null && !(subsidiaryId != null ? scope.covers(subsidiaryId, departmentId)
                : scope.group() || scope.subsidiaries().keySet().stream()
                        .anyMatch(subsidiary -> scope.covers(subsidiary, departmentId)))) {
            throw new OutOfScope(departmentParameter, "department '" + departmentId + "' is outside your scope");
        }
    }
}
