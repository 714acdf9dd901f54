package com.serviceledger.query.view;

import java.util.Set;

/**
 * Hears which documents of a view a batch has written, once its {@code _bulk} succeeded (the live
 * updates hub). Called on the processor's thread: it must neither block nor throw.
 */
@FunctionalInterface
public interface ViewWriteListener {

    ViewWriteListener NONE = (alias, viewIds) -> {
    };

    void written(String alias, Set<String> viewIds);
}
