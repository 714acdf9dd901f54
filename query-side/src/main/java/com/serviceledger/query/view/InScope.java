package com.serviceledger.query.view;

import com.serviceledger.platform.security.Scope;

/** Whether a user with this scope may read a view document: one that may not reads as absent (a 404). */
@FunctionalInterface
public interface InScope<V> {

    boolean covers(Scope scope, V view);
}
