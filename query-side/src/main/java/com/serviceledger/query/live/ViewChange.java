package com.serviceledger.query.live;

import java.util.Set;

/** Documents of one view a processor batch has just written. */
public record ViewChange(String alias, Set<String> ids) {

    public boolean touches(String viewAlias, String id) {
        return alias.equals(viewAlias) && ids.contains(id);
    }
}
