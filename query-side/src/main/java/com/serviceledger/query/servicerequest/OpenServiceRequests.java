package com.serviceledger.query.servicerequest;

import com.serviceledger.kernel.servicerequest.ServiceRequestSlaTarget;
import com.serviceledger.kernel.servicerequest.ServiceRequestStatus;
import com.serviceledger.query.view.OpenCase;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * The open service requests of the reader's scope with their next promise, for the console's SLA board: the view
 * and scope filter {@code GET /api/service-requests} reads, no copy of either.
 */
@Component
public class OpenServiceRequests {

    /** Nothing more is promised once the delivery is accepted. */
    static final List<ServiceRequestStatus> FINISHED = List.of(ServiceRequestStatus.ACCEPTED,
            ServiceRequestStatus.CLOSED);

    private final ServiceRequestSearch search;
    private final ServiceRequestIndex index;

    OpenServiceRequests(ServiceRequestSearch search, ServiceRequestIndex index) {
        this.search = search;
        this.index = index;
    }

    /** The view's alias, whose changes the board listens to. */
    public String alias() {
        return index.alias();
    }

    /** @param subsidiary, department, assignee filters; null leaves one out */
    public Mono<List<OpenCase>> find(String subsidiary, String department, String assignee, int size) {
        return search.open(subsidiary, department, assignee, size)
                .map(page -> page.items().stream().map(OpenServiceRequests::open).toList());
    }

    static OpenCase open(ServiceRequestView view) {
        Optional<ServiceRequestSlaTarget> next = Arrays.stream(ServiceRequestSlaTarget.values())
                .filter(target -> view.sla(target).dueAt() != null && view.sla(target).metAt() == null)
                .min(Comparator.comparing(target -> view.sla(target).dueAt()));
        PromiseFacts facts = next.map(view::sla).orElse(null);
        return new OpenCase("service-request", view.requestId(), view.subsidiaryId(), view.departmentId(),
                view.status() == null ? null : view.status().name(), next.map(OpenServiceRequests::name).orElse(null),
                facts == null ? null : facts.dueAt(),
                facts == null ? OpenCase.Standing.ON_TRACK : OpenCase.standing(facts.isBreached(), facts.warnings()),
                view.timeZone(), view.assigneeId());
    }

    /** The promise's name in the view ({@code sla.firstResponse}). */
    private static String name(ServiceRequestSlaTarget target) {
        return switch (target) {
            case FIRST_RESPONSE -> "firstResponse";
            case DELIVERY -> "delivery";
        };
    }
}
