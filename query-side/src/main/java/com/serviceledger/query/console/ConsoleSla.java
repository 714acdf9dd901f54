package com.serviceledger.query.console;

import com.serviceledger.platform.security.StaffUser;
import com.serviceledger.query.complaint.OpenComplaints;
import com.serviceledger.query.incident.OpenIncidents;
import com.serviceledger.query.live.LiveQuery;
import com.serviceledger.query.security.QueryAccessRules;
import com.serviceledger.query.servicerequest.OpenServiceRequests;
import com.serviceledger.query.view.OpenCase;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.springframework.http.MediaType;
import org.springframework.http.codec.ServerSentEvent;
import org.springframework.stereotype.Component;
import org.springframework.web.reactive.function.BodyInserters;
import org.springframework.web.reactive.function.server.ServerRequest;
import org.springframework.web.reactive.function.server.ServerResponse;
import org.springframework.web.util.UriComponentsBuilder;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The SLA board: the open complaints and service requests, the incidents' report and review deadlines and the
 * drills to record of the user's scope, the next due first, read through
 * the same searches and scope filter as the JSON API. Live: a stream re-runs the board's own query (so within the
 * user's scope) whenever either view changes, and tells the page when the result differs.
 */
@Component
class ConsoleSla {

    /** The most cases of each kind the board reads (the oldest open first: they are the likeliest to be due). */
    static final int SHOWN = 200;
    static final String EVENT = "board";
    /** How the console shows a moment (in the case's zone, the zone named beside it); the case pages too. */
    static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    /** Due first; cases with nothing due last. */
    private static final Comparator<OpenCase> NEXT_DUE = Comparator.comparing(OpenCase::dueAt,
            Comparator.nullsLast(Comparator.naturalOrder())).thenComparing(OpenCase::caseId);

    /** The filters, as the form and the stream's address carry them. */
    /**
     * @param raised the department's complaints about other departments (002 第5篇 二.2) instead of its own cases: the
     *               department filter names the complaining department
     */
    record Filter(String subsidiary, String department, boolean mine, boolean raised) {

        static Filter of(ServerRequest request) {
            return new Filter(text(request, "subsidiary"), text(request, "department"),
                    request.queryParam("mine").isPresent(), request.queryParam("raised").isPresent());
        }

        private static String text(ServerRequest request, String name) {
            return request.queryParam(name).map(String::strip).filter(value -> !value.isEmpty()).orElse(null);
        }
    }

    /** One case as the board lists it: its due time in the subsidiary's zone (or UTC, said so) and its page. */
    record Row(OpenCase item, String due, String zone, String page) {

        static Row of(OpenCase item) {
            String page = page(item);
            if (item.dueAt() == null) {
                return new Row(item, null, null, page);
            }
            ZoneId zone = item.timeZone() == null ? ZoneOffset.UTC : ZoneId.of(item.timeZone());
            return new Row(item, WHEN.format(item.dueAt().atZone(zone)),
                    item.timeZone() == null ? "UTC" : item.timeZone(), page);
        }

        /** The case's page; a drill's is its plan's (its subsidiary's plan of its kind, where the drill is listed). */
        private static String page(OpenCase item) {
            String id = ConsoleJson.segment(item.caseId());
            return switch (item.kind()) {
                case "complaint" -> ConsolePaths.COMPLAINTS + "/" + id;
                case "service-request" -> ConsolePaths.SERVICE_REQUESTS + "/" + id;
                case "incident" -> ConsolePaths.INCIDENTS + "/" + id;
                default -> ConsolePaths.EMERGENCY_PLANS + "/" + ConsoleJson.segment(item.subsidiaryId()) + "/"
                        + ConsoleJson.segment(item.planKind()) + "#drill-" + id;
            };
        }
    }

    private final ConsoleView view;
    private final OpenComplaints complaints;
    private final OpenServiceRequests requests;
    private final OpenIncidents incidents;
    private final LiveQuery live;

    ConsoleSla(ConsoleView view, OpenComplaints complaints, OpenServiceRequests requests, OpenIncidents incidents,
               LiveQuery live) {
        this.view = view;
        this.complaints = complaints;
        this.requests = requests;
        this.incidents = incidents;
        this.live = live;
    }

    Mono<ServerResponse> page(ServerRequest request) {
        return shown(request, "console/sla");
    }

    /** The board alone, for htmx to swap in. */
    Mono<ServerResponse> board(ServerRequest request) {
        return shown(request, "console/sla :: board");
    }

    /**
     * Tells the page when to reload the board: once at once (from then on no change goes untold), then whenever
     * the board's result differs. The events carry no case data; the reload reads it as the page does.
     */
    Mono<ServerResponse> stream(ServerRequest request) {
        Filter filter = Filter.of(request);
        Flux<ServerSentEvent<String>> events = StaffUser.current()
                .filter(QueryAccessRules::readsCases)
                .flatMapMany(user -> live.events(live.watch(() -> cases(user, filter),
                        aliases()).map(cases -> "changed"), EVENT));
        return ServerResponse.ok().contentType(MediaType.TEXT_EVENT_STREAM)
                .body(BodyInserters.fromServerSentEvents(events));
    }

    private Mono<ServerResponse> shown(ServerRequest request, String template) {
        Filter filter = Filter.of(request);
        return StaffUser.current().flatMap(user -> {
            // the subsidiaries the filter suggests: the scope's own (a group scope has too many to list)
            List<String> subsidiaries = user.scope().subsidiaries().keySet().stream().sorted().toList();
            Map<String, Object> model = new HashMap<>(Map.of("active", "sla", "filter", filter,
                    "query", query(filter), "subsidiaries", subsidiaries));
            if (!QueryAccessRules.readsCases(user)) {
                // as the API's 403: the page says so instead of showing an empty board
                model.put("rows", List.of());
                model.put("allowed", false);
                return view.render(request, template, model);
            }
            return cases(user, filter).flatMap(cases -> {
                model.put("rows", cases.stream().map(Row::of).toList());
                model.put("allowed", true);
                model.put("breached", cases.stream().filter(c -> c.standing() == OpenCase.Standing.BREACHED).count());
                model.put("warned", cases.stream().filter(c -> c.standing() == OpenCase.Standing.WARNING).count());
                return view.render(request, template, model);
            });
        });
    }

    private Set<String> aliases() {
        Set<String> aliases = new HashSet<>(Set.of(complaints.alias(), requests.alias()));
        aliases.addAll(incidents.aliases());
        return aliases;
    }

    private Mono<List<OpenCase>> cases(StaffUser user, Filter filter) {
        String mine = filter.mine() ? user.staffId() : null;
        if (filter.mine() && mine == null) {
            return Mono.just(List.of()); // a user who is no staff member has no cases of their own
        }
        if (filter.raised()) {
            // only a complaint is raised by a department
            return complaints.raisedBy(filter.subsidiary(), filter.department(), mine, SHOWN)
                    .map(raised -> raised.stream().sorted(NEXT_DUE).toList());
        }
        // an incident and a drill have no handler of their own: "mine" leaves them out
        Mono<List<OpenCase>> emergencies = mine != null ? Mono.just(List.of())
                : incidents.find(filter.subsidiary(), filter.department(), SHOWN);
        return Mono.zip(complaints.find(filter.subsidiary(), filter.department(), mine, SHOWN),
                        requests.find(filter.subsidiary(), filter.department(), mine, SHOWN), emergencies)
                .map(all -> Stream.of(all.getT1(), all.getT2(), all.getT3()).flatMap(List::stream).sorted(NEXT_DUE)
                        .toList());
    }

    /** The filters as a query string, so the board's reload and stream keep them (rebuilt, never echoed). */
    private static String query(Filter filter) {
        UriComponentsBuilder query = UriComponentsBuilder.newInstance();
        if (filter.subsidiary() != null) {
            query.queryParam("subsidiary", filter.subsidiary());
        }
        if (filter.department() != null) {
            query.queryParam("department", filter.department());
        }
        if (filter.mine()) {
            query.queryParam("mine", "on");
        }
        if (filter.raised()) {
            query.queryParam("raised", "on");
        }
        return query.encode().build().toUriString();
    }
}
