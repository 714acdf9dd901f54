package com.serviceledger.query.console;

import static com.serviceledger.query.console.ConsoleJson.local;
import static com.serviceledger.query.console.ConsoleJson.text;

import com.fasterxml.jackson.databind.JsonNode;
import com.serviceledger.platform.security.StaffUser;
import com.serviceledger.query.security.QueryAccessRules;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpMethod;
import org.springframework.stereotype.Component;
import org.springframework.web.reactive.function.server.ServerRequest;
import org.springframework.web.reactive.function.server.ServerResponse;
import reactor.core.publisher.Mono;

/**
 * The improvement-actions page (改進措施, 000 §5.4 item 2): the actions of the user's scope as the API lists them,
 * one on its own page with its history, and the forms of the commands the user's roles allow (raise, report
 * progress, done, check the effect), sent through the API in process so its rules, scope and validation decide.
 */
@Component
class ConsoleImprovements {

    static final int SHOWN = 50;
    static final List<String> CAUSES = List.of("COMPLAINT", "UNIT_EVALUATION", "QUALITY_MONTH", "INCIDENT_REVIEW");
    static final List<String> STATUSES = List.of("OPEN", "DONE", "EFFECTIVE");
    private static final String API = "/api/improvement-actions";
    /** How long a page just changed waits for the view to catch up. */
    private static final Duration FRESH = Duration.ofSeconds(5);

    record ActionRow(String id, String subsidiary, String department, String cause, String reference,
                     String measure, String owner, String raised, String due, String zone, String status,
                     boolean overdue, int reopened, Boolean doneOnTime) {

        static ActionRow of(JsonNode a) {
            String zone = text(a, "timeZone");
            JsonNode onTime = a.path("doneOnTime");
            return new ActionRow(text(a, "actionId"), text(a, "subsidiaryId"), text(a, "departmentId"),
                    text(a, "causeKind"), text(a, "causeReference"), text(a, "measure"), text(a, "ownerId"),
                    local(text(a, "raisedAt"), zone), local(text(a, "dueAt"), zone), ConsoleJson.zone(zone),
                    text(a, "status"), a.path("overdue").asBoolean(false), ConsoleJson.number(a, "reopened"),
                    onTime.isBoolean() ? onTime.asBoolean() : null);
        }

        public boolean open() {
            return "OPEN".equals(status);
        }

        public boolean done() {
            return "DONE".equals(status);
        }
    }

    record Entry(String kind, String note, String at, Boolean effective) {
    }

    private final ConsoleView view;
    private final ConsoleApi api;
    private final ConsoleApiRoles roles;

    ConsoleImprovements(ConsoleView view, ConsoleApi api, ConsoleApiRoles roles) {
        this.view = view;
        this.api = api;
        this.roles = roles;
    }

    Mono<ServerResponse> page(ServerRequest request) {
        return list(request, ConsoleForm.fresh(prefilled(request)));
    }

    /** Raises an action and opens it; a refusal shows beside its fields. */
    Mono<ServerResponse> raise(ServerRequest request) {
        return request.formData().flatMap(form -> {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("subsidiaryId", ConsoleForm.value(form, "subsidiaryId"));
            body.put("departmentId", ConsoleForm.value(form, "departmentId"));
            Map<String, Object> cause = new LinkedHashMap<>();
            cause.put("kind", ConsoleForm.value(form, "cause.kind"));
            cause.put("reference", ConsoleForm.value(form, "cause.reference"));
            body.put("cause", cause);
            body.put("measure", ConsoleForm.value(form, "measure"));
            body.put("ownerId", ConsoleForm.value(form, "ownerId"));
            body.put("dueAt", ConsoleForm.value(form, "dueAt"));
            return api.post(request, API, body, form.getFirst(ConsoleForm.KEY)).flatMap(outcome ->
                    outcome.successful() ? ConsoleView.seeOther(ConsolePaths.IMPROVEMENTS + "/"
                            + ConsoleJson.segment(outcome.json().path("actionId").asText()) + "?changed=0")
                            : list(request, ConsoleForm.refused(form, outcome.errors(), outcome.problem())));
        });
    }

    Mono<ServerResponse> action(ServerRequest request) {
        return detail(request, Map.of());
    }

    /** Progress, done or the effect check ({@code step}), from the action's page; a refusal shows there. */
    Mono<ServerResponse> step(ServerRequest request) {
        String id = request.pathVariable("id");
        String step = request.pathVariable("step");
        if (!List.of("progress", "done", "effect-check").contains(step)) {
            return ServerResponse.notFound().build();
        }
        return request.formData().flatMap(form -> {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("note", ConsoleForm.value(form, "note"));
            if (step.equals("effect-check")) {
                String effective = ConsoleForm.value(form, "effective");
                body.put("effective", effective == null ? null : Boolean.valueOf(effective));
                body.put("newDueAt", ConsoleForm.value(form, "newDueAt"));
            }
            return api.post(request, API + "/" + ConsoleJson.segment(id) + "/" + step, body,
                    form.getFirst(ConsoleForm.KEY)).flatMap(outcome -> outcome.successful()
                    ? ConsoleView.seeOther(ConsolePaths.IMPROVEMENTS + "/" + ConsoleJson.segment(id) + "?changed="
                            + (seen(form) + 1))
                    : detail(request, Map.of(step, ConsoleForm.refused(form, outcome.errors(), outcome.problem()))));
        });
    }

    /** The history's length as the form's page showed it. */
    private static int seen(org.springframework.util.MultiValueMap<String, String> form) {
        String seen = ConsoleForm.value(form, "seen");
        return seen == null || !seen.matches("\\d{1,4}") ? 0 : Integer.parseInt(seen);
    }

    /** A cause named in the address (from a case, a quality month or a report) fills the raise form. */
    private static Map<String, String> prefilled(ServerRequest request) {
        Map<String, String> values = new HashMap<>();
        for (String name : List.of("subsidiaryId", "departmentId", "cause.kind", "cause.reference")) {
            String value = ConsoleJson.param(request, name);
            if (value != null) {
                values.put(name, value);
            }
        }
        return values;
    }

    private Mono<ServerResponse> list(ServerRequest request, ConsoleForm raiseForm) {
        String subsidiary = ConsoleJson.param(request, "subsidiary");
        String status = ConsoleJson.param(request, "status");
        return StaffUser.current().flatMap(user -> {
            Map<String, Object> model = new HashMap<>();
            model.put("active", "improvements");
            model.put("sheets", List.of("quality.css"));
            model.put("subsidiary", subsidiary);
            model.put("status", status);
            model.put("statuses", STATUSES);
            model.put("causes", CAUSES);
            model.put("subsidiaries", user.scope().subsidiaries().keySet().stream().sorted().toList());
            model.put("mayRaise", roles.allows(user.roles(), HttpMethod.POST, API));
            model.put("raise", raiseForm);
            model.put("allowed", QueryAccessRules.readsCases(user));
            model.put("actions", List.of());
            if (!QueryAccessRules.readsCases(user)) {
                return view.render(request, "console/improvements", model);
            }
            String query = ConsoleJson.query("subsidiary", subsidiary, "status", status, "size",
                    String.valueOf(SHOWN));
            return api.get(request, API + query).flatMap(found -> {
                if (found.successful()) {
                    model.put("actions", ConsoleJson.items(found.json(), ActionRow::of));
                } else {
                    model.put("filterProblem", found.problem());
                }
                return view.render(request, "console/improvements", model);
            });
        });
    }

    private Mono<ServerResponse> detail(ServerRequest request, Map<String, ConsoleForm> forms) {
        String id = request.pathVariable("id");
        return read(request, API + "/" + ConsoleJson.segment(id)).flatMap(outcome ->
                StaffUser.current().flatMap(user -> {
                    Map<String, Object> model = new HashMap<>();
                    model.put("active", "improvements");
                    model.put("sheets", List.of("quality.css"));
                    model.put("id", id);
                    model.put("found", outcome.successful());
                    model.put("problem", outcome.successful() ? null : outcome.problem());
                    if (outcome.successful()) {
                        JsonNode a = outcome.json();
                        model.put("action", ActionRow.of(a));
                        List<Entry> history = new ArrayList<>();
                        for (JsonNode entry : a.path("history")) {
                            JsonNode effective = entry.path("effective");
                            history.add(new Entry(text(entry, "kind"), text(entry, "note"),
                                    local(text(entry, "at"), text(a, "timeZone")),
                                    effective.isBoolean() ? effective.asBoolean() : null));
                        }
                        model.put("history", history);
                    }
                    for (String step : List.of("progress", "done", "effect-check")) {
                        model.put("may" + step.replace("-", ""), roles.allows(user.roles(), HttpMethod.POST,
                                API + "/{actionId}/" + step));
                        model.put("form" + step.replace("-", ""), forms.getOrDefault(step, ConsoleForm.fresh()));
                    }
                    return view.render(request, "console/improvement", model);
                }));
    }

    /**
     * Just changed ({@code changed=n}: the history then holds at least n entries): waits a little until the view
     * shows the change, as its projection follows the command moments later.
     */
    private Mono<ConsoleApi.Outcome> read(ServerRequest request, String path) {
        String changed = ConsoleJson.param(request, "changed");
        int expected = changed == null || !changed.matches("\\d{1,4}") ? -1 : Integer.parseInt(changed);
        if (expected < 0) {
            return api.get(request, path);
        }
        long deadline = System.nanoTime() + FRESH.toNanos();
        return Mono.defer(() -> api.get(request, path))
                .flatMap(outcome -> (outcome.status() == 404 || outcome.successful()
                        && outcome.json().path("history").size() < expected) && System.nanoTime() < deadline
                        ? Mono.delay(Duration.ofMillis(250)).then(Mono.<ConsoleApi.Outcome>empty())
                        : Mono.just(outcome))
                .repeatWhenEmpty(Integer.MAX_VALUE, repeat -> repeat);
    }
}
