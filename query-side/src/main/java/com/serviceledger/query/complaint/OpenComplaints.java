package com.serviceledger.query.complaint;

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
 * The open complaints of the reader's scope with their next promise, for the console's SLA board: the view and
 * scope filter {@code GET /api/complaints} reads, no copy of either.
 */
@Component
public class OpenComplaints {

    /** Nothing more is promised once a case is dismissed, called back, verified, archived or closed unresolved. */
    static final List<ComplaintStatus> CLOSED = List.of(ComplaintStatus.DISMISSED, ComplaintStatus.CALLED_BACK,
            ComplaintStatus.VERIFIED, ComplaintStatus.ARCHIVED, ComplaintStatus.CLOSED_UNRESOLVED);

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
