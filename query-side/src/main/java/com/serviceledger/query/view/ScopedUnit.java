package com.serviceledger.query.view;

import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import com.serviceledger.platform.security.Scope;

/**
 * Which documents of a view a scope reaches, twice: as a search filter, and on a document fetched by id. Most
 * views are reached by their one unit ({@link ViewUnit}); a view may be reached by more (a department's complaint
 * also by the complaining department).
 */
public interface ScopedUnit<V> extends InScope<V> {

    /** The documents this scope covers. */
    Query filter(Scope scope);
}
