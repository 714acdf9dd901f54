package com.serviceledger.query.audit;

import com.serviceledger.kernel.audit.EventHash;
import com.serviceledger.query.history.Unit;
import java.util.HashMap;
import java.util.Map;

/**
 * Keeps the cases of one subsidiary while a slice streams, decided by the first event seen of each (its first
 * event, which names where the case was filed); only ids are kept. Shared by both slice sources, so they select
 * alike.
 */
final class UnitFilter {

    private final String subsidiaryId;
    private final Map<String, Boolean> decided = new HashMap<>();

    UnitFilter(String subsidiaryId) {
        this.subsidiaryId = subsidiaryId;
    }

    boolean admits(StoredEvent event) {
        if (subsidiaryId == null) {
            return true;
        }
        return decided.computeIfAbsent(event.aggregateId(),
                id -> subsidiaryId.equals(Unit.namedIn(EventHash.parse(event.payload())).subsidiaryId()));
    }
}
