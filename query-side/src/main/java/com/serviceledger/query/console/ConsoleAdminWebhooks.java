package com.serviceledger.query.console;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.stereotype.Component;
import org.springframework.web.reactive.function.server.ServerRequest;
import org.springframework.web.reactive.function.server.ServerResponse;
import org.springframework.web.server.WebSession;
import reactor.core.publisher.Mono;

/**
 * Webhook subscriptions through the command side's admin API: the list, a new one (its secret shown once, on
 * the page the form leads to, then never again), deactivating one, and one subscription's delivery log with the
 * redelivery of a parked delivery.
 */
@Component
class ConsoleAdminWebhooks {

    static final String PATH = ConsolePaths.ADMIN + "/webhooks";
    /** The notification kinds a subscription may take (NotificationKind, as the API names them). */
    static final List<String> KINDS = List.of("COMPLAINT_SLA_WARNING", "COMPLAINT_SLA_BREACH",
            "SERVICE_REQUEST_SLA_WARNING", "SERVICE_REQUEST_SLA_BREACH", "RECTIFICATION_REMINDER",
            "RECTIFICATION_OVERDUE", "OWNERS_COMMITTEE_REPORT", "QUALITY_ESCALATION", "WORST_SERVICE_NOTICE",
            "DISMISSAL_RECOMMENDATION", "SERVICE_STAR_AWARD", "CASE_ASSIGNED", "DELAY_ANNOUNCED", "CASE_RESOLVED",
            "COMPLAINT_ESCALATED",
            "IMPROVEMENT_ACTION_WARNING", "IMPROVEMENT_ACTION_OVERDUE",
            "INCIDENT_DEADLINE_WARNING", "INCIDENT_DEADLINE_BREACH", "DRILL_REMINDER", "DRILL_OVERDUE",
            "STAFF_WARNING", "SCORECARD_CORRECTED",
            "DEPARTMENT_COMPLAINT_RECEIVED", "DEPARTMENT_COMPLAINT_OUTCOME",
            "COMPLAINT_RESULT_REPORTED", "COMPLAINT_OUTCOME_RECORDED", "COMPLAINT_ESCALATION_WARNING");
    /** The session's subscription just made, with its secret in full: shown once, then forgotten. */
    private static final String CREATED = ConsoleAdminWebhooks.class.getName() + ".created";
    /** The session's form keys already sent: a form sent twice makes one subscription. */
    private static final String SENT = ConsoleAdminWebhooks.class.getName() + ".sent";

    private final ConsoleAdmin admin;
    private final ConsoleApi api;

    ConsoleAdminWebhooks(ConsoleAdmin admin, ConsoleApi api) {
        this.admin = admin;
        this.api = api;
    }

    Mono<ServerResponse> page(ServerRequest request) {
        return request.session().flatMap(session -> {
            Object created = session.getAttributes().remove(CREATED);
            return shown(request, created, null, HttpStatus.OK);
        });
    }

    Mono<ServerResponse> create(ServerRequest request) {
        return Mono.zip(request.formData(), request.session()).flatMap(both -> {
            var form = both.getT1();
            WebSession session = both.getT2();
            Map<String, Object> values = new LinkedHashMap<>();
            values.put("url", strip(form.getFirst("url")));
            List<String> kinds = form.getOrDefault("kinds", List.of()).stream().filter(KINDS::contains).toList();
            values.put("kinds", kinds);
            String units = strip(form.getFirst("units"));
            values.put("units", units == null ? List.of() : Arrays.stream(units.split("[,，\\s]+"))
                    .filter(unit -> !unit.isBlank()).toList());
            values.put("description", strip(form.getFirst("description")));
            values.put("secret", strip(form.getFirst("secret")));
            String key = form.getFirst("key");
            @SuppressWarnings("unchecked")
            Set<String> sent = (Set<String>) session.getAttributes().computeIfAbsent(SENT,
                    name -> ConcurrentHashMap.newKeySet());
            if (key != null && !sent.add(key)) {
                return ConsoleAdmin.redirect(PATH, Map.of()); // sent before: the first one made it
            }
            return api.post(request, "/api/admin/webhooks", values, null).flatMap(outcome -> {
                if (outcome.successful()) {
                    session.getAttributes().put(CREATED, admin.tree(outcome.json()));
                    return ConsoleAdmin.redirect(PATH, Map.of());
                }
                sent.remove(key);
                Map<String, Object> refusal = new LinkedHashMap<>();
                refusal.put("values", values);
                refusal.put("unitsText", units == null ? "" : units);
                refusal.put("problem", outcome.problem());
                Map<String, String> errors = new LinkedHashMap<>();
                List<String> other = new ArrayList<>();
                outcome.errors().forEach((field, message) -> {
                    String name = field.replaceAll("\\[.*$", ""); // units[0] → units
                    if (values.containsKey(name)) {
                        errors.merge(name, message, (a, b) -> a + "; " + b);
                    } else {
                        other.add(field + ": " + message);
                    }
                });
                refusal.put("errors", errors);
                refusal.put("other", other);
                return shown(request, null, refusal, ConsoleAdmin.refused(outcome));
            });
        });
    }

    Mono<ServerResponse> delete(ServerRequest request) {
        String id = request.pathVariable("id");
        if (!ConsoleAdmin.id(id)) {
            return ServerResponse.notFound().build();
        }
        return request.formData().then(api.call(request, HttpMethod.DELETE, "/api/admin/webhooks/" + id,
                        null, null))
                .flatMap(outcome -> outcome.successful() || outcome.status() == 404
                        ? ConsoleAdmin.redirect(PATH, Map.of("deleted", id))
                        : shown(request, null, Map.of("problem", outcome.problem()), ConsoleAdmin.refused(outcome)));
    }

    /** One subscription and a page of its delivery log, newest first. */
    Mono<ServerResponse> deliveries(ServerRequest request) {
        String id = request.pathVariable("id");
        Map<String, Object> model = admin.model("webhooks");
        model.put("id", id);
        ConsoleAdmin.param(request, "redelivered").ifPresent(done -> model.put("redelivered", done));
        ConsoleAdmin.param(request, "failed").ifPresent(failed -> model.put("redeliveryFailed", failed));
        if (!ConsoleAdmin.id(id)) {
            model.put("problem", "—");
            return admin.render(request, HttpStatus.NOT_FOUND, "console/admin-webhook", model);
        }
        String before = ConsoleAdmin.param(request, "before").filter(value -> value.matches("[0-9]{1,18}"))
                .orElse(null);
        String log = "/api/admin/webhooks/" + id + "/deliveries" + (before == null ? "" : "?before=" + before);
        return Mono.zip(api.get(request, "/api/admin/webhooks/" + id), api.get(request, log)).flatMap(both -> {
            if (!both.getT1().successful()) {
                model.put("problem", both.getT1().problem());
                return admin.render(request, HttpStatusCode.valueOf(both.getT1().status()), "console/admin-webhook",
                        model);
            }
            model.put("subscription", admin.tree(both.getT1().json()));
            if (both.getT2().successful()) {
                model.put("log", admin.tree(both.getT2().json()));
            } else {
                model.put("logProblem", both.getT2().problem());
            }
            return admin.render(request, HttpStatus.OK, "console/admin-webhook", model);
        });
    }

    Mono<ServerResponse> redeliver(ServerRequest request) {
        String id = request.pathVariable("id");
        String delivery = request.pathVariable("delivery");
        if (!ConsoleAdmin.id(id) || !ConsoleAdmin.id(delivery)) {
            return ServerResponse.notFound().build();
        }
        return request.formData().then(api.post(request,
                        "/api/admin/webhooks/" + id + "/deliveries/" + delivery + "/redeliver",
                        null, null))
                .flatMap(outcome -> ConsoleAdmin.redirect(PATH + "/" + id, outcome.successful()
                        ? Map.of("redelivered", delivery) : Map.of("failed", String.valueOf(outcome.status()))));
    }

    private Mono<ServerResponse> shown(ServerRequest request, Object created, Map<String, Object> refusal,
                                       HttpStatusCode status) {
        Map<String, Object> model = admin.model("webhooks");
        model.put("kinds", KINDS);
        model.put("key", UUID.randomUUID().toString());
        model.put("created", created);
        model.put("refusal", refusal);
        model.put("noErrors", Map.of());
        ConsoleAdmin.param(request, "deleted").filter(ConsoleAdmin::id).ifPresent(id -> model.put("deleted", id));
        return api.get(request, "/api/admin/webhooks").flatMap(list -> {
            if (list.successful()) {
                model.put("subscriptions", admin.tree(list.json()));
            } else {
                model.put("listProblem", list.problem());
            }
            return ConsoleAdmin.units(model);
        }).flatMap(m -> {
            // a new subscription's units default to the user's scope
            @SuppressWarnings("unchecked")
            List<String> subsidiaries = (List<String>) m.getOrDefault("subsidiaries", List.of());
            m.put("defaultUnits", Boolean.TRUE.equals(m.get("groupScope")) ? "*" : String.join(", ", subsidiaries));
            return admin.render(request, status, "console/admin-webhooks", m);
        });
    }

    private static String strip(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
