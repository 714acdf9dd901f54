package com.serviceledger.query.audit;

import com.serviceledger.platform.security.Scope;
import com.serviceledger.query.security.ReadScope;
import com.serviceledger.query.web.QueryParameters;
import com.serviceledger.query.web.QueryProblems;
import java.time.Instant;
import java.time.ZoneOffset;
import reactor.core.publisher.Mono;

/**
 * The cases an auditor asks for: those with at least one event in {@code [from, to)}, optionally of one
 * aggregate type ({@code Complaint}, {@code ServiceRequest}, …) and one subsidiary, within a scope
 * ({@link CaseScope}), each with all its events before {@code to}, from its first.
 *
 * @param label a file-name-safe {@code <from>-<to>} for the export
 */
record AuditSlice(Instant from, Instant to, String caseType, String unit, Scope scope, String label) {

    /** The slice asked over HTTP, within the caller's scope; a {@code unit} outside it is a 403 naming it. */
    static Mono<AuditSlice> asked(String rawFrom, String rawTo, String rawCaseType, String rawUnit) {
        return ReadScope.current().map(scope -> {
            AuditSlice slice = of(rawFrom, rawTo, rawCaseType, rawUnit, scope);
            ReadScope.requireWithin(scope, "unit", slice.unit(), null, null);
            return slice;
        });
    }

    static AuditSlice of(String rawFrom, String rawTo, String rawCaseType, String rawUnit, Scope scope) {
        Instant from = required("from", rawFrom);
        Instant to = required("to", rawTo);
        if (!to.isAfter(from)) {
            throw QueryProblems.invalidParameter("to", "must be after from");
        }
        return new AuditSlice(from, to, QueryParameters.text(rawCaseType), QueryParameters.text(rawUnit), scope,
                fileSafe(rawFrom) + "-" + fileSafe(rawTo));
    }

    private static Instant required(String name, String raw) {
        Instant value = QueryParameters.instantOrDate(name, raw, ZoneOffset.UTC, false);
        if (value == null) {
            throw QueryProblems.invalidParameter(name, "is required (an instant or a date, UTC)");
        }
        return value;
    }

    private static String fileSafe(String raw) {
        return raw.trim().replace(":", "").replaceAll("[^A-Za-z0-9._-]", "_");
    }
}
