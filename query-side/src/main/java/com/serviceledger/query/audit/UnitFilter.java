package com.serviceledger.query.audit;

import com.serviceledger.kernel.audit.EventHash;
import com.serviceledger.query.history.Unit;
import java.util.HashMap;
import java.util.Map;

/**
 * Keeps the cases of a slice's subsidiary (if it names one) within the caller's scope ({@link CaseScope}) while the
 * slice streams, decided by the first event seen of each (its first event, which names where the case was filed);
 * only ids are kept. Shared by both slice sources, so they select alike.
 */
final class UnitFilter {

    private final AuditSlice slice;
    private final Map<String, Boolean> decided = new HashMap<>();

    UnitFilter(AuditSlice slice) {
        this.slice = slice;
    }

    boolean admits(StoredEvent event) {
        if (slice.unit() == null && slice.scope().group()) {
            return true;
        }
        return decided.computeIfAbsent(event.aggregateId(), id -> inUnit(event)
                && CaseScope.covers(slice.scope(), () -> EventHash.parse(event.payload())));
    }

    private boolean inUnit(StoredEvent first) {
        return slice.unit() == null
                || slice.unit().equals(Unit.namedIn(EventHash.parse(first.payload())).subsidiaryId());
    }
}
