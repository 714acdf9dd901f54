package com.serviceledger.query.complaint;

import static com.serviceledger.query.view.ViewSearch.between;
import static com.serviceledger.query.view.ViewSearch.noneOf;
import static com.serviceledger.query.view.ViewSearch.term;

import co.elastic.clients.elasticsearch.ElasticsearchAsyncClient;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.query_dsl.BoolQuery;
import co.elastic.clients.elasticsearch._types.query_dsl.Operator;
import com.serviceledger.query.elasticsearch.ComplaintIndex;
import com.serviceledger.query.view.ViewPage;
import com.serviceledger.query.view.ViewSearch;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/** Reads the complaint view without blocking: by id, and by filters plus full text, newest first. */
@Component
class ComplaintSearch {

    private final ViewSearch<ComplaintView> views;
    /** The board's: the cases the reader's units owe steps on, not those a department of theirs raised. */
    private final ViewSearch<ComplaintView> owed;

    ComplaintSearch(ElasticsearchAsyncClient client, ComplaintIndex index) {
        this.views = new ViewSearch<>(client, index, ComplaintView.class, "receivedAt", "complaintId",
                new ComplaintReaders());
        this.owed = new ViewSearch<>(client, index, ComplaintView.class, "receivedAt", "complaintId",
                ComplaintReaders.ACCUSED);
    }

    Mono<ComplaintView> byId(String complaintId) {
        return views.byId(complaintId);
    }

    /**
     * Cases not closed (or closed while their department still owes a step), oldest first, within the reader's scope
     * of the complained-about units; null filters are left out.
     */
    Mono<ViewPage<ComplaintView>> open(String subsidiary, String department, String handler, int size) {
        BoolQuery.Builder bool = open(subsidiary, handler);
        term(bool, "departmentId", department);
        return owed.search(bool, 0, size, SortOrder.Asc);
    }

    /**
     * The open department complaints a department raised (002 第5篇 二.2), any department's when null, oldest first,
     * within the reader's scope, which reaches them through the complaining department as well.
     */
    Mono<ViewPage<ComplaintView>> openRaisedBy(String subsidiary, String complainingDepartment, String handler,
                                               int size) {
        BoolQuery.Builder bool = open(subsidiary, handler);
        bool.filter(f -> f.exists(e -> e.field(ComplaintReaders.COMPLAINING_DEPARTMENT)));
        term(bool, ComplaintReaders.COMPLAINING_DEPARTMENT, complainingDepartment);
        return views.search(bool, 0, size, SortOrder.Asc);
    }

    private static BoolQuery.Builder open(String subsidiary, String handler) {
        BoolQuery.Builder bool = new BoolQuery.Builder();
        term(bool, "subsidiaryId", subsidiary);
        term(bool, "handlerId", handler);
        bool.filter(f -> f.bool(open -> open.minimumShouldMatch("1")
                .should(s -> s.bool(notClosed -> {
                    noneOf(notClosed, "status", OpenComplaints.CLOSED);
                    return notClosed;
                }))
                .should(s -> s.bool(OpenComplaints::departmentStillOwes))));
        return bool;
    }

    Mono<ViewPage<ComplaintView>> search(ComplaintSearchCriteria c) {
        BoolQuery.Builder bool = new BoolQuery.Builder();
        term(bool, "subsidiaryId", c.subsidiary());
        term(bool, "departmentId", c.department());
        term(bool, "postId", c.post());
        term(bool, "staffId", c.staff());
        term(bool, "channel", c.channel());
        term(bool, "status", c.status());
        term(bool, "urgency", c.urgency());
        term(bool, ComplaintReaders.COMPLAINING_DEPARTMENT, c.complainingDepartment());
        between(bool, "receivedAt", c.window().from(), c.window().to());
        if (c.fullText() != null) {
            bool.must(m -> m.multiMatch(mm -> mm.query(c.fullText()).fields("content", "demand").operator(Operator.And)));
        }
        return views.search(bool, c.window().page(), c.window().size());
    }
}
