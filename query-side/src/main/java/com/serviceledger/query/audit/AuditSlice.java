package com.serviceledger.query.audit;

import com.serviceledger.query.web.QueryParameters;
import com.serviceledger.query.web.QueryProblems;
import java.time.Instant;
import java.time.ZoneOffset;

/**
 * The cases an auditor asks for: those with at least one event in {@code [from, to)}, optionally of one
 * aggregate type ({@code Complaint}, {@code ServiceRequest}, …) and one subsidiary, each with all its events
 * before {@code to}, from its first.
 *
 * @param label a file-name-safe {@code <from>-<to>} for the export
 */
record AuditSlice(Instant from, Instant to, String caseType, String unit, String label) {

    static AuditSlice of(String rawFrom, String rawTo, String rawCaseType, String rawUnit) {
        Instant from = required("from", rawFrom);
        Instant to = required("to", rawTo);
        if (!to.isAfter(from)) {
            throw QueryProblems.invalidParameter("to", "must be after from");
        }
        return new AuditSlice(from, to, QueryParameters.text(rawCaseType), QueryParameters.text(rawUnit),
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
