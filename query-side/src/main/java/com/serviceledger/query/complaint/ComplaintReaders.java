package com.serviceledger.query.complaint;

import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import com.serviceledger.platform.security.Scope;
import com.serviceledger.query.security.ReadScope;
import com.serviceledger.query.view.ScopedUnit;
import com.serviceledger.query.view.ViewUnit;

/**
 * Who reads a complaint: whoever's scope covers the complained-about unit, and for a department's complaint
 * (002 第5篇 二.2) also the complaining department's staff, who raised it and answer its callback. The complaining
 * department is of the same subsidiary, so its unit is the subsidiary with that department. Only complaints widen
 * so: the accused unit's other cases, its figures and its customers stay out of their reach.
 */
final class ComplaintReaders implements ScopedUnit<ComplaintView> {

    static final String COMPLAINING_DEPARTMENT = "complainingDepartmentId";

    /** The complained-about unit alone: it owes the steps (the SLA board). */
    static final ViewUnit<ComplaintView> ACCUSED = ViewUnit.of("subsidiaryId", ComplaintView::subsidiaryId,
            "departmentId", ComplaintView::departmentId);

    @Override
    public Query filter(Scope scope) {
        // a customer's complaint has no complaining department: the second filter never matches it
        Query complaining = ReadScope.filter(scope, "subsidiaryId", COMPLAINING_DEPARTMENT);
        return Query.of(q -> q.bool(b -> b.should(ACCUSED.filter(scope), complaining).minimumShouldMatch("1")));
    }

    @Override
    public boolean covers(Scope scope, ComplaintView view) {
        return ACCUSED.covers(scope, view) || (view.complainingDepartmentId() != null
                && scope.covers(view.subsidiaryId(), view.complainingDepartmentId()));
    }
}
