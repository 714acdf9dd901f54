package com.serviceledger.query.security;

import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import com.serviceledger.kernel.common.OutOfScope;
import com.serviceledger.platform.security.Scope;
import com.serviceledger.platform.security.StaffUser;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import reactor.core.publisher.Mono;

/**
 * The reading user's scope as an Elasticsearch filter. Every read of a view, a metric or the history goes
 * through it, so no controller decides scope on its own.
 */
public final class ReadScope {

    private ReadScope() {
    }

    /** The caller's scope; nothing when nobody is signed in (reads always are: this fails closed). */
    public static Mono<Scope> current() {
        return StaffUser.current().map(StaffUser::scope).defaultIfEmpty(Scope.NONE);
    }

    /**
     * Keeps the documents whose unit the scope covers: a whole subsidiary by its id, a department-scoped one by
     * both fields. Group scope keeps everything, an empty scope nothing. A view whose units have no department
     * ({@code departmentField} null) is reached by whole-subsidiary entries only, as {@link Scope#covers} has it.
     */
    public static Query filter(Scope scope, String subsidiaryField, String departmentField) {
        if (scope.group()) {
            return Query.of(q -> q.matchAll(m -> m));
        }
        if (scope.subsidiaries().isEmpty()) {
            return Query.of(q -> q.matchNone(m -> m));
        }
        List<Query> units = new ArrayList<>();
        scope.subsidiaries().forEach((subsidiary, departments) -> {
            if (departments.isEmpty() || departmentField != null) {
                units.add(unit(subsidiaryField, subsidiary, departmentField, departments));
            }
        });
        if (units.isEmpty()) {
            return Query.of(q -> q.matchNone(m -> m));
        }
        return Query.of(q -> q.bool(b -> b.should(units).minimumShouldMatch("1")));
    }

    /**
     * Refuses a filter that names a unit outside the scope (403 naming the parameter): a subsidiary the scope
     * does not reach, a department it does not cover. A filter left out ({@code null}) passes: the scope's
     * {@link #filter} narrows it.
     */
    public static void requireWithin(Scope scope, String subsidiaryParameter, String subsidiaryId,
                                     String departmentParameter, String departmentId) {
        if (subsidiaryId != null && !scope.reaches(subsidiaryId)) {
            throw new OutOfScope(subsidiaryParameter, "Subsidiary " + subsidiaryId + " is outside your scope");
        }
        boolean departmentCovered = departmentId == null || (subsidiaryId != null
                ? scope.covers(subsidiaryId, departmentId)
                : scope.group() || scope.subsidiaries().values().stream()
                        .anyMatch(departments -> departments.isEmpty() || departments.contains(departmentId)));
        if (!departmentCovered) {
            throw new OutOfScope(departmentParameter, "Department " + departmentId + " is outside your scope");
        }
    }

    private static Query unit(String subsidiaryField, String subsidiary, String departmentField,
                              Set<String> departments) {
        Query inSubsidiary = Query.of(q -> q.term(t -> t.field(subsidiaryField).value(subsidiary)));
        if (departments.isEmpty()) {
            return inSubsidiary;
        }
        List<FieldValue> values = departments.stream().sorted().map(FieldValue::of).toList();
        Query inDepartments = Query.of(q -> q.terms(t -> t.field(departmentField).terms(v -> v.value(values))));
        return Query.of(q -> q.bool(b -> b.filter(inSubsidiary, inDepartments)));
    }
}
