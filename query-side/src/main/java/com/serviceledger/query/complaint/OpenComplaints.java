package com.serviceledger.query.complaint;

import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.query_dsl.BoolQuery;
import com.serviceledger.kernel.complaint.ComplaintStatus;
import com.serviceledger.kernel.complaint.SlaTarget;
import com.serviceledger.query.elasticsearch.ComplaintIndex;
import com.serviceledger.query.view.OpenCase;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * The open complaints of the reader's scope with their next promise (and the closed ones whose department still owes
 * a step), for the console's SLA board: the view and
 * scope filter {@code GET /api/complaints} reads, no copy of either.
 */
@Component
public class OpenComplaints {

    /**
     * Nothing more is promised to the customer once a case is dismissed, called back, verified, archived or closed
     * unresolved (the department's own steps may still be owed: {@link #departmentStillOwes}).
     */
    static final List<ComplaintStatus> CLOSED = List.of(ComplaintStatus.DISMISSED, ComplaintStatus.CALLED_BACK,
            ComplaintStatus.VERIFIED, ComplaintStatus.ARCHIVED, ComplaintStatus.CLOSED_UNRESOLVED);

    /** Past the callback, the department may still owe these (001 §3.3, 002 第4篇 六.1): the board keeps the case. */
    static final List<SlaTarget> DEPARTMENT_DUTIES = List.of(SlaTarget.INVESTIGATION, SlaTarget.SOLUTION,
            SlaTarget.RESULT_REPORT);

    private final ComplaintSearch search;
    private final ComplaintIndex index;

    OpenComplaints(ComplaintSearch search, ComplaintIndex index) {
        this.search = search;
        this.index = index;
    }

    /** The view's alias, whose changes the board listens to. */
    public String alias() {
        return index.alias();
    }

    /** @param subsidiary, department, handler filters; null leaves one out */
    public Mono<List<OpenCase>> find(String subsidiary, String department, String handler, int size) {
        return search.open(subsidiary, department, handler, size)
                .map(page -> page.items().stream().map(OpenComplaints::open).toList());
    }

    /** The open department complaints this department raised (any department's when null), as the board lists them. */
    public Mono<List<OpenCase>> raisedBy(String subsidiary, String complainingDepartment, String handler, int size) {
        return search.openRaisedBy(subsidiary, complainingDepartment, handler, size)
                .map(page -> page.items().stream().map(OpenComplaints::open).toList());
    }

    /** A called-back, verified or closed-unresolved case with a department duty due and not yet met. */
    static BoolQuery.Builder departmentStillOwes(BoolQuery.Builder bool) {
        bool.filter(f -> f.terms(t -> t.field("status").terms(v -> v.value(List.of(
                FieldValue.of(ComplaintStatus.CALLED_BACK.name()), FieldValue.of(ComplaintStatus.VERIFIED.name()),
                FieldValue.of(ComplaintStatus.CLOSED_UNRESOLVED.name()))))));
        bool.minimumShouldMatch("1");
        for (SlaTarget duty : DEPARTMENT_DUTIES) {
            bool.should(s -> s.bool(owed -> owed
                    .filter(x -> x.exists(e -> e.field(SlaFields.path(duty, "dueAt"))))
                    .mustNot(x -> x.exists(e -> e.field(SlaFields.path(duty, "metAt"))))));
        }
        return bool;
    }

    static OpenCase open(ComplaintView view) {
        Optional<SlaTarget> next = Arrays.stream(SlaTarget.values())
                .filter(target -> view.sla(target).dueAt() != null && view.sla(target).metAt() == null)
                .min(Comparator.comparing(target -> view.sla(target).dueAt()));
        SlaFacts facts = next.map(view::sla).orElse(null);
        return new OpenCase("complaint", view.complaintId(), view.subsidiaryId(), view.departmentId(),
                view.status() == null ? null : view.status().name(), next.map(SlaFields::name).orElse(null),
                facts == null ? null : facts.dueAt(),
                facts == null ? OpenCase.Standing.ON_TRACK : OpenCase.standing(facts.isBreached(), facts.warnings()),
                view.timeZone(), view.handlerId());
    }
}
