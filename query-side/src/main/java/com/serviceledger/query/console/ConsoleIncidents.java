package com.serviceledger.query.console;

import static com.serviceledger.query.console.ConsoleJson.local;
import static com.serviceledger.query.console.ConsoleJson.text;

import com.fasterxml.jackson.databind.JsonNode;
import com.serviceledger.platform.security.StaffUser;
import com.serviceledger.query.security.QueryAccessRules;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpMethod;
import org.springframework.stereotype.Component;
import org.springframework.util.MultiValueMap;
import org.springframework.web.reactive.function.server.ServerRequest;
import org.springframework.web.reactive.function.server.ServerResponse;
import reactor.core.publisher.Mono;

/**
 * The incidents pages (突發事件, 000 §8, 001 §7): the incidents of the user's scope as the API lists them, one on
 * its own page with the timeline of its deadlines (report to superiors, review), the forms of the steps the user's
 * roles allow (activate the plan, report, request and record support, resolve, review), declaring one, and raising
 * an open complaint to one; every step sent through the API in process so its rules, scope and validation decide.
 */
@Component
class ConsoleIncidents {

    static final int SHOWN = 50;
    static final List<String> STATUSES = List.of("DECLARED", "RESOLVED", "REVIEWED");
    static final List<String> KINDS = List.of("MAJOR_COMPLAINT", "SYSTEM_FAILURE", "NATURAL_DISASTER", "OTHER");
    static final List<String> SEVERITIES = List.of("GENERAL", "MAJOR", "CRITICAL");
    /** The steps of an incident's page, as the API names them after {@code /api/incidents/{id}/}. */
    static final List<String> STEPS = List.of("plan-activation", "report", "support-requests", "support", "resolve",
            "review");
    private static final String API = "/api/incidents";
    private static final String ITEM = API + "/{incidentId}/";

    /** An incident as listed; its times in the subsidiary's zone ({@code zone}, or UTC said so). */
    record IncidentRow(String id, String subsidiary, String department, String kind, String severity,
                       String description, String complaint, String status, String declared, String openDue,
                       boolean breached, String zone) {

        static IncidentRow of(JsonNode i) {
            String zone = text(i, "timeZone");
            return new IncidentRow(text(i, "incidentId"), text(i, "subsidiaryId"), text(i, "departmentId"),
                    text(i, "kind"), text(i, "severity"), text(i, "description"), text(i, "complaintId"),
                    text(i, "status"), local(text(i, "declaredAt"), zone), local(text(i, "openDueAt"), zone),
                    i.path("reportBreached").asBoolean(false) || i.path("reviewBreached").asBoolean(false),
                    ConsoleJson.zone(zone));
        }
    }

    /**
     * One deadline of the incident's timeline: when due, when met (null while open), on time or not, and whether
     * its breach was recorded; {@code state} is what the page shows (open, overdue, on time, late).
     */
    record Deadline(String name, String due, String done, String state) {

        static Deadline of(String name, JsonNode i, String dueField, String doneField, String onTimeField,
                           String breachedField) {
            String due = text(i, dueField);
            String done = text(i, doneField);
            JsonNode onTime = i.path(onTimeField);
            String state = done != null ? (onTime.isBoolean() && !onTime.asBoolean() ? "late" : "onTime")
                    : due == null ? "notYet"
                    : i.path(breachedField).asBoolean(false) || Instant.parse(due).isBefore(Instant.now())
                    ? "overdue" : "open";
            String zone = text(i, "timeZone");
            return new Deadline(name, local(due, zone), local(done, zone), state);
        }
    }

    record Support(int number, String from, String need, String requested, String provided, String recorded) {
    }

    private final ConsoleView view;
    private final ConsoleApi api;
    private final ConsoleApiRoles roles;

    ConsoleIncidents(ConsoleView view, ConsoleApi api, ConsoleApiRoles roles) {
        this.view = view;
        this.api = api;
        this.roles = roles;
    }

    Mono<ServerResponse> page(ServerRequest request) {
        return list(request, ConsoleForm.fresh(), ConsoleForm.fresh());
    }

    /** Declares an incident and opens it; a refusal shows beside its fields. */
    Mono<ServerResponse> declare(ServerRequest request) {
        return request.formData().flatMap(form -> {
            Map<String, Object> unit = new LinkedHashMap<>();
            unit.put("subsidiaryId", ConsoleForm.value(form, "unit.subsidiaryId"));
            unit.put("departmentId", ConsoleForm.value(form, "unit.departmentId"));
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("unit", unit);
            body.put("kind", ConsoleForm.value(form, "kind"));
            body.put("severity", ConsoleForm.value(form, "severity"));
            body.put("description", ConsoleForm.value(form, "description"));
            return api.post(request, API, body, form.getFirst(ConsoleForm.KEY)).flatMap(outcome ->
                    outcome.successful() ? opened(outcome)
                            : list(request, ConsoleForm.refused(form, outcome.errors(), outcome.problem()),
                                    ConsoleForm.fresh()));
        });
    }

    /** Raises an open complaint to an incident (its page offers it); the incident is declared moments later. */
    Mono<ServerResponse> raiseComplaint(ServerRequest request) {
        return request.formData().flatMap(form -> {
            String complaint = ConsoleForm.value(form, "complaintId");
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("severity", ConsoleForm.value(form, "severity"));
            String path = "/api/complaints/" + ConsoleJson.segment(complaint == null ? "-" : complaint) + "/incident";
            return api.post(request, path, body, form.getFirst(ConsoleForm.KEY)).flatMap(outcome ->
                    outcome.successful() ? opened(outcome)
                            : list(request, ConsoleForm.fresh(),
                                    ConsoleForm.refused(form, outcome.errors(), outcome.problem())));
        });
    }

    private static Mono<ServerResponse> opened(ConsoleApi.Outcome outcome) {
        return ConsoleView.seeOther(ConsolePaths.INCIDENTS + "/"
                + ConsoleJson.segment(outcome.json().path("incidentId").asText()) + "?changed=0");
    }

    Mono<ServerResponse> incident(ServerRequest request) {
        return detail(request, Map.of());
    }

    /** One step of the incident's page ({@code step}); a refusal shows beside its form there. */
    Mono<ServerResponse> step(ServerRequest request) {
        String id = request.pathVariable("id");
        String step = request.pathVariable("step");
        if (!STEPS.contains(step)) {
            return ServerResponse.notFound().build();
        }
        return request.formData().flatMap(form -> {
            Map<String, Object> body = new LinkedHashMap<>();
            String path = API + "/" + ConsoleJson.segment(id) + "/" + step;
            switch (step) {
                case "report" -> {
                    body.put("reportedTo", ConsoleForm.value(form, "reportedTo"));
                    body.put("summary", ConsoleForm.value(form, "summary"));
                }
                case "support-requests" -> {
                    body.put("requestedFrom", ConsoleForm.value(form, "requestedFrom"));
                    body.put("need", ConsoleForm.value(form, "need"));
                }
                case "support" -> {
                    String number = ConsoleForm.value(form, "requestNo");
                    path = API + "/" + ConsoleJson.segment(id) + "/support-requests/"
                            + ConsoleJson.segment(number == null ? "-" : number) + "/support";
                    body.put("provided", ConsoleForm.value(form, "provided"));
                }
                case "resolve" -> body.put("resolution", ConsoleForm.value(form, "resolution"));
                case "review" -> {
                    body.put("findings", ConsoleForm.value(form, "findings"));
                    String actions = ConsoleForm.value(form, "improvementActions");
                    body.put("improvementActions", actions == null ? List.of()
                            : Arrays.stream(actions.split("\\R")).map(String::strip).filter(s -> !s.isEmpty())
                            .toList());
                }
                default -> body = null; // plan-activation takes no body
            }
            return api.post(request, path, body, form.getFirst(ConsoleForm.KEY)).flatMap(outcome ->
                    outcome.successful()
                            ? ConsoleView.seeOther(ConsolePaths.INCIDENTS + "/" + ConsoleJson.segment(id)
                                    + "?changed=" + (seen(form) + 1))
                            : detail(request, Map.of(step,
                                    ConsoleForm.refused(form, outcome.errors(), outcome.problem()))));
        });
    }

    /** The view's sequence as the form's page showed it. */
    private static long seen(MultiValueMap<String, String> form) {
        String seen = ConsoleForm.value(form, "seen");
        return seen == null || !seen.matches("\\d{1,12}") ? 0 : Long.parseLong(seen);
    }

    private Mono<ServerResponse> list(ServerRequest request, ConsoleForm declareForm, ConsoleForm raiseForm) {
        String subsidiary = ConsoleJson.param(request, "subsidiary");
        String department = ConsoleJson.param(request, "department");
        String status = ConsoleJson.param(request, "status");
        String kind = ConsoleJson.param(request, "kind");
        String complaint = raiseForm.value("complaintId") != null ? raiseForm.value("complaintId")
                : ConsoleJson.param(request, "complaint");
        return StaffUser.current().flatMap(user -> {
            Map<String, Object> model = new HashMap<>();
            model.put("active", "incidents");
            model.put("sheets", List.of("quality.css"));
            model.put("subsidiary", subsidiary);
            model.put("department", department);
            model.put("status", status);
            model.put("kind", kind);
            model.put("statuses", STATUSES);
            model.put("kinds", KINDS);
            model.put("severities", SEVERITIES);
            model.put("subsidiaries", user.scope().subsidiaries().keySet().stream().sorted().toList());
            model.put("mayDeclare", roles.allows(user.roles(), HttpMethod.POST, API));
            model.put("declare", declareForm);
            // raising a complaint is offered from its page, which names it
            model.put("complaint", complaint);
            model.put("mayRaise", complaint != null && roles.allows(user.roles(), HttpMethod.POST,
                    "/api/complaints/{complaintId}/incident"));
            model.put("raise", raiseForm);
            model.put("allowed", QueryAccessRules.readsCases(user));
            model.put("incidents", List.of());
            if (!QueryAccessRules.readsCases(user)) {
                return view.render(request, "console/incidents", model);
            }
            String query = ConsoleJson.query("subsidiary", subsidiary, "department", department, "status", status,
                    "kind", kind, "size", String.valueOf(SHOWN));
            return api.get(request, API + query).flatMap(found -> {
                if (found.successful()) {
                    model.put("incidents", ConsoleJson.items(found.json(), IncidentRow::of));
                } else {
                    model.put("filterProblem", found.problem());
                }
                return view.render(request, "console/incidents", model);
            });
        });
    }

    private Mono<ServerResponse> detail(ServerRequest request, Map<String, ConsoleForm> forms) {
        String id = request.pathVariable("id");
        return ConsoleFreshRead.read(api, request, API + "/" + ConsoleJson.segment(id)).flatMap(outcome ->
                StaffUser.current().flatMap(user -> {
                    Map<String, Object> model = new HashMap<>();
                    model.put("active", "incidents");
                    model.put("sheets", List.of("quality.css"));
                    model.put("id", id);
                    model.put("found", outcome.successful());
                    for (String step : STEPS) {
                        String rule = step.equals("support") ? "support-requests/{requestNo}/support" : step;
                        model.put("may" + step.replace("-", ""),
                                roles.allows(user.roles(), HttpMethod.POST, ITEM + rule));
                        model.put("form" + step.replace("-", ""), forms.getOrDefault(step, ConsoleForm.fresh()));
                    }
                    model.put("mayImprove", roles.allows(user.roles(), HttpMethod.POST, "/api/improvement-actions"));
                    if (!outcome.successful()) {
                        return view.render(request, "console/incident", model);
                    }
                    JsonNode i = outcome.json();
                    model.put("incident", IncidentRow.of(i));
                    model.put("seen", i.path("lastSequence").asLong(0));
                    model.put("plan", text(i, "planId"));
                    model.put("planVersion", text(i, "planVersion"));
                    String zone = text(i, "timeZone");
                    model.put("planActivated", local(text(i, "planActivatedAt"), zone));
                    model.put("reportedTo", text(i, "reportedTo"));
                    model.put("reportSummary", text(i, "reportSummary"));
                    model.put("resolution", text(i, "resolution"));
                    model.put("resolved", local(text(i, "resolvedAt"), zone));
                    model.put("findings", text(i, "findings"));
                    model.put("reviewActions", ConsoleJson.texts(i, "improvementActions"));
                    model.put("deadlines", List.of(
                            Deadline.of("report", i, "reportDueAt", "reportedAt", "reportOnTime", "reportBreached"),
                            Deadline.of("review", i, "reviewDueAt", "reviewedAt", "reviewOnTime", "reviewBreached")));
                    List<Support> support = new ArrayList<>();
                    for (JsonNode s : i.path("support")) {
                        support.add(new Support(s.path("requestNo").asInt(), text(s, "requestedFrom"),
                                text(s, "need"), local(text(s, "requestedAt"), zone), text(s, "provided"),
                                local(text(s, "recordedAt"), zone)));
                    }
                    model.put("support", support);
                    model.put("awaited", support.stream().filter(s -> s.provided() == null).toList());
                    model.put("improveLink", ConsolePaths.IMPROVEMENTS + ConsoleJson.query("subsidiaryId",
                            text(i, "subsidiaryId"), "departmentId", text(i, "departmentId"), "cause.kind",
                            "INCIDENT_REVIEW", "cause.reference", id) + "#raise");
                    if (!"REVIEWED".equals(text(i, "status"))) {
                        model.put("actions", List.of());
                        return view.render(request, "console/incident", model);
                    }
                    // the improvement actions raised after the review name the incident as their cause
                    return api.get(request, "/api/improvement-actions" + ConsoleJson.query("cause",
                            "INCIDENT_REVIEW", "causeReference", id, "size", String.valueOf(SHOWN))).flatMap(found -> {
                        model.put("actions", found.successful()
                                ? ConsoleJson.items(found.json(), ConsoleImprovements.ActionRow::of) : List.of());
                        return view.render(request, "console/incident", model);
                    });
                }));
    }
}
