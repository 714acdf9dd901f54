package com.serviceledger.query.security;

import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
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
