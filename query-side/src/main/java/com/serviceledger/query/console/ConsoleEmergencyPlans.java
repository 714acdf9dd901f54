package com.serviceledger.query.console;

import static com.serviceledger.query.console.ConsoleJson.local;
import static com.serviceledger.query.console.ConsoleJson.text;

import com.fasterxml.jackson.databind.JsonNode;
import com.serviceledger.platform.security.StaffUser;
import com.serviceledger.query.security.QueryAccessRules;
import java.util.ArrayList;
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
 * The emergency-plan pages (應急預案, 000 §8 (一)(二), 001 §7 (一)): a subsidiary's plans per kind of emergency as the
 * API lists them, one plan with its versions (a revision naming the drill it follows) and its drills, and the forms
 * the user's roles allow (publish a version, plan, record and evaluate a drill), sent through the API in process.
 */
@Component
class ConsoleEmergencyPlans {

    static final int SHOWN = 50;
    /** The steps of a plan's page, as the API names them after {@code /api/emergency-plans/{subsidiary}/{kind}/}. */
    static final List<String> STEPS = List.of("versions", "drills", "record", "evaluate");
    static final List<String> RATINGS = List.of("EFFECTIVE", "PARTLY_EFFECTIVE", "INEFFECTIVE");
    static final List<String> SECTIONS = List.of("procedure", "duties", "resources", "organisation");
    private static final String API = "/api/emergency-plans";
    private static final String ITEM = API + "/{subsidiaryId}/{kind}/";

    record PlanRow(String subsidiary, String kind, String inForce, int versions, int drills, int openDrills) {

        static PlanRow of(JsonNode p) {
            return new PlanRow(text(p, "subsidiaryId"), text(p, "kind"), text(p, "versionInForce"),
                    p.path("versions").size(), p.path("drills").size(), ConsoleJson.number(p, "openDrills"));
        }
    }

    record Version(int number, String published, String afterDrill, Map<String, String> content) {
    }

    record Drill(String id, int planVersion, String scenario, String scheduled, String due, String status,
                 String participants, String observations, String recorded, Boolean onTime, boolean overdue,
                 String rating, String findings, String revisedIn) {

        /** The drill with its times in the plan's zone (the page names it once). */
        static Drill of(JsonNode d, String zone) {
            JsonNode onTime = d.path("onTime");
            return new Drill(text(d, "drillId"), ConsoleJson.number(d, "planVersion"), text(d, "scenario"),
                    local(text(d, "scheduledAt"), zone), local(text(d, "dueAt"), zone), text(d, "status"),
                    text(d, "participants"), text(d, "observations"), local(text(d, "recordedAt"), zone),
                    onTime.isBoolean() ? onTime.asBoolean() : null, d.path("overdue").asBoolean(false),
                    text(d, "rating"), text(d, "findings"), text(d, "revisedInVersion"));
        }
    }

    private final ConsoleView view;
    private final ConsoleApi api;
    private final ConsoleApiRoles roles;

    ConsoleEmergencyPlans(ConsoleView view, ConsoleApi api, ConsoleApiRoles roles) {
        this.view = view;
        this.api = api;
        this.roles = roles;
    }

    Mono<ServerResponse> page(ServerRequest request) {
        String subsidiary = ConsoleJson.param(request, "subsidiary");
        String kind = ConsoleJson.param(request, "kind");
        return StaffUser.current().flatMap(user -> {
            Map<String, Object> model = new HashMap<>();
            model.put("active", "emergency-plans");
            model.put("sheets", List.of("quality.css"));
            model.put("subsidiary", subsidiary);
            model.put("kind", kind);
            model.put("kinds", ConsoleIncidents.KINDS);
            model.put("subsidiaries", user.scope().subsidiaries().keySet().stream().sorted().toList());
            model.put("allowed", QueryAccessRules.readsCases(user));
            model.put("plans", List.of());
            if (!QueryAccessRules.readsCases(user)) {
                return view.render(request, "console/emergency-plans", model);
            }
            String query = ConsoleJson.query("subsidiary", subsidiary, "kind", kind, "size", String.valueOf(SHOWN));
            return api.get(request, API + query).flatMap(found -> {
                if (found.successful()) {
                    model.put("plans", ConsoleJson.items(found.json(), PlanRow::of));
                } else {
                    model.put("filterProblem", found.problem());
                }
                return view.render(request, "console/emergency-plans", model);
            });
        });
    }

    /** The plan picked in the list's form: its own page (also before its first version, to publish it). */
    Mono<ServerResponse> open(ServerRequest request) {
        String subsidiary = ConsoleJson.param(request, "subsidiary");
        String kind = ConsoleJson.param(request, "kind");
        if (subsidiary == null || kind == null) {
            return ConsoleView.seeOther(ConsolePaths.EMERGENCY_PLANS);
        }
        return ConsoleView.seeOther(planPage(subsidiary, kind));
    }

    Mono<ServerResponse> plan(ServerRequest request) {
        return detail(request, Map.of());
    }

    /** Publish a version, plan a drill, record or evaluate one ({@code step}); a refusal shows beside its form. */
    Mono<ServerResponse> step(ServerRequest request) {
        String subsidiary = request.pathVariable("subsidiary");
        String kind = request.pathVariable("kind");
        String step = request.pathVariable("step");
        if (!STEPS.contains(step)) {
            return ServerResponse.notFound().build();
        }
        return request.formData().flatMap(form -> {
            Map<String, Object> body = new LinkedHashMap<>();
            String plan = API + "/" + ConsoleJson.segment(subsidiary) + "/" + ConsoleJson.segment(kind);
            String drill = ConsoleForm.value(form, "drillId");
            String path = switch (step) {
                case "versions" -> {
                    SECTIONS.forEach(section -> body.put(section, ConsoleForm.value(form, section)));
                    body.put("afterDrillId", ConsoleForm.value(form, "afterDrillId"));
                    yield plan + "/versions";
                }
                case "drills" -> {
                    body.put("scheduledAt", ConsoleForm.value(form, "scheduledAt"));
                    body.put("scenario", ConsoleForm.value(form, "scenario"));
                    yield plan + "/drills";
                }
                case "record" -> {
                    body.put("participants", ConsoleForm.value(form, "participants"));
                    body.put("observations", ConsoleForm.value(form, "observations"));
                    yield plan + "/drills/" + ConsoleJson.segment(drill == null ? "-" : drill) + "/record";
                }
                default -> {
                    body.put("rating", ConsoleForm.value(form, "rating"));
                    body.put("findings", ConsoleForm.value(form, "findings"));
                    yield plan + "/drills/" + ConsoleJson.segment(drill == null ? "-" : drill) + "/evaluate";
                }
            };
            return api.post(request, path, body, form.getFirst(ConsoleForm.KEY)).flatMap(outcome ->
                    outcome.successful()
                            ? ConsoleView.seeOther(planPage(subsidiary, kind) + "?changed=" + (seen(form) + 1))
                            : detail(request, Map.of(step,
                                    ConsoleForm.refused(form, outcome.errors(), outcome.problem()))));
        });
    }

    private static String planPage(String subsidiary, String kind) {
        return ConsolePaths.EMERGENCY_PLANS + "/" + ConsoleJson.segment(subsidiary) + "/" + ConsoleJson.segment(kind);
    }

    /** The view's sequence as the form's page showed it (-1 before the plan's first version). */
    private static long seen(MultiValueMap<String, String> form) {
        String seen = ConsoleForm.value(form, "seen");
        return seen == null || !seen.matches("-?\\d{1,12}") ? -1 : Long.parseLong(seen);
    }

    private Mono<ServerResponse> detail(ServerRequest request, Map<String, ConsoleForm> forms) {
        String subsidiary = request.pathVariable("subsidiary");
        String kind = request.pathVariable("kind");
        String path = API + "/" + ConsoleJson.segment(subsidiary) + "/" + ConsoleJson.segment(kind);
        return ConsoleFreshRead.read(api, request, path).flatMap(outcome -> StaffUser.current().flatMap(user -> {
            Map<String, Object> model = new HashMap<>();
            model.put("active", "emergency-plans");
            model.put("sheets", List.of("quality.css"));
            model.put("subsidiary", subsidiary);
            model.put("kind", kind);
            model.put("known", ConsoleIncidents.KINDS.contains(kind));
            model.put("found", outcome.successful());
            model.put("problem", outcome.successful() || outcome.status() == 404 ? null : outcome.problem());
            model.put("ratings", RATINGS);
            model.put("sections", SECTIONS);
            for (String step : STEPS) {
                String rule = switch (step) {
                    case "record" -> "drills/{drillId}/record";
                    case "evaluate" -> "drills/{drillId}/evaluate";
                    default -> step;
                };
                model.put("may" + step, roles.allows(user.roles(), HttpMethod.POST, ITEM + rule));
                model.put("form" + step, forms.getOrDefault(step, ConsoleForm.fresh()));
            }
            List<Version> versions = new ArrayList<>();
            List<Drill> drills = new ArrayList<>();
            JsonNode p = outcome.successful() ? outcome.json() : null;
            String zone = p == null ? null : text(p, "timeZone");
            model.put("zone", ConsoleJson.zone(zone));
            if (p != null) {
                for (JsonNode v : p.path("versions")) {
                    Map<String, String> content = new LinkedHashMap<>();
                    SECTIONS.forEach(section -> content.put(section, text(v.path("content"), section)));
                    versions.add(new Version(ConsoleJson.number(v, "version"), local(text(v, "publishedAt"), zone),
                            text(v, "afterDrillId"), content));
                }
                p.path("drills").forEach(d -> drills.add(Drill.of(d, zone)));
            }
            model.put("seen", p == null ? -1 : p.path("lastSequence").asLong(-1));
            model.put("inForce", p == null ? null : text(p, "versionInForce"));
            model.put("versions", versions.reversed());
            model.put("drills", drills);
            model.put("planned", drills.stream().filter(d -> "PLANNED".equals(d.status())).toList());
            model.put("held", drills.stream().filter(d -> "HELD".equals(d.status())).toList());
            model.put("evaluated", drills.stream().filter(d -> "EVALUATED".equals(d.status())
                    && d.revisedIn() == null).toList());
            return view.render(request, "console/emergency-plan", model);
        }));
    }
}
