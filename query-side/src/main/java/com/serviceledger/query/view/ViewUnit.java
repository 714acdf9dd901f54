package com.serviceledger.query.view;

import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import com.serviceledger.platform.security.Scope;
import com.serviceledger.query.security.ReadScope;
import java.util.function.Function;

/**
 * The unit a view's documents belong to, twice: as the fields a search filters on, and as the same values read
 * off a document fetched by id (a real-time get has no query to filter with).
 *
 * @param departmentField null for a view whose units have no department (inspections): only a whole-subsidiary
 *                        scope covers them, as {@link Scope#covers} has it
 */
public record ViewUnit<V>(String subsidiaryField, Function<? super V, String> subsidiaryOf,
                          String departmentField, Function<? super V, String> departmentOf) implements ScopedUnit<V> {

    public static <V> ViewUnit<V> of(String subsidiaryField, Function<? super V, String> subsidiaryOf,
                                     String departmentField, Function<? super V, String> departmentOf) {
        return new ViewUnit<>(subsidiaryField, subsidiaryOf, departmentField, departmentOf);
    }

    public static <V> ViewUnit<V> subsidiary(String subsidiaryField, Function<? super V, String> subsidiaryOf) {
        return new ViewUnit<>(subsidiaryField, subsidiaryOf, null, view -> null);
    }

    @Override
    public Query filter(Scope scope) {
        return ReadScope.filter(scope, subsidiaryField, departmentField);
    }

    @Override
    public boolean covers(Scope scope, V view) {
        return scope.covers(subsidiaryOf.apply(view), departmentOf.apply(view));
    }
}
