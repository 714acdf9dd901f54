package com.serviceledger.query.console;

import com.serviceledger.kernel.common.Channel;
import com.serviceledger.kernel.complaint.Urgency;
import com.serviceledger.kernel.servicerequest.ServiceCategory;
import com.serviceledger.platform.security.StaffUser;
import java.net.URI;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.stereotype.Component;
import org.springframework.util.MultiValueMap;
import org.springframework.web.reactive.function.server.ServerRequest;
import org.springframework.web.reactive.function.server.ServerResponse;
import org.springframework.web.util.UriComponentsBuilder;
import reactor.core.publisher.Mono;

/**
 * Intake: the forms that receive a complaint and a service request at a window or on the hotline. The forms'
 * field names are the API's ({@code customer.phone}), so the API's refusals land beside the fields they name; the
 * API decides everything (who may receive, the scope, what is valid), the page only asks and shows its answer.
 */
@Component
class ConsoleIntake {

    /** One intake form: its API, its fields in the order shown, and the ones the API requires. */
    enum Kind {
        COMPLAINT("complaint", "/api/complaints", "complaintId", ConsolePaths.COMPLAINTS,
                List.of("channel", "customer.name", "customer.phone", "customer.email", "content", "demand",
                        "target.subsidiaryId", "target.departmentId", "target.postId", "target.staffId", "urgency")),
        SERVICE_REQUEST("service-request", "/api/service-requests", "serviceRequestId", ConsolePaths.SERVICE_REQUESTS,
                List.of("channel", "customer.name", "customer.phone", "customer.email", "category", "description",
                        "target.subsidiaryId", "target.departmentId", "target.postId")),
        /** One department complains about another of its subsidiary (002 第5篇 二.2): no customer. */
        DEPARTMENT_COMPLAINT("department-complaint", "/api/department-complaints", "complaintId",
                ConsolePaths.COMPLAINTS, List.of("channel", "complainingDepartmentId", "raisedBy", "content", "demand",
                        "target.subsidiaryId", "target.departmentId", "target.postId", "target.staffId", "urgency"));

        final String name;
        final String api;
        final String idField;
        final String page;
        final List<String> fields;

        Kind(String name, String api, String idField, String page, List<String> fields) {
            this.name = name;
            this.api = api;
            this.idField = idField;
            this.page = page;
            this.fields = fields;
        }

        static Kind of(String name) {
            for (Kind kind : values()) {
                if (kind.name.equals(name)) {
                    return kind;
                }
            }
            return COMPLAINT;
        }
    }

    /** A refusal's message for the summary, with the field it names when the form shows one (for a link to it). */
    record Problem(String field, String message, String anchor) {
    }

    /**
     * The API's field messages the console says in the user's language (the API answers in English); any other
     * message is shown as the API wrote it.
     */
    private static final Map<String, String> KNOWN = Map.of(
            "must be a phone number", "intake.api.phone",
            "give a phone number or an email address", "intake.api.reachable",
            "must not be blank", "intake.api.blank",
            "must not be null", "intake.api.missing",
            "must not be empty", "intake.api.empty",
            "must be a well-formed email address", "intake.api.email",
            "must be 1–64 letters, digits or . _ : -", "intake.api.id");

    private final ConsoleView view;
    private final ConsoleApi api;
    private final ConsoleApiRoles access;
    private final MessageSource messages;

    ConsoleIntake(ConsoleView view, ConsoleApi api, ConsoleApiRoles access, MessageSource messages) {
        this.view = view;
        this.api = api;
        this.access = access;
        this.messages = messages;
    }

    /** The refusal's field messages in the page's language where the console knows them. */
    Map<String, String> localized(Map<String, String> errors, ServerRequest request) {
        Locale locale = ConsoleView.locale(request);
        Map<String, String> shown = new LinkedHashMap<>();
        errors.forEach((field, message) -> {
            String key = KNOWN.get(message);
            shown.put(field, key == null ? message : messages.getMessage(key, null, message, locale));
        });
        return shown;
    }

    Mono<ServerResponse> page(ServerRequest request) {
        Kind kind = Kind.of(request.queryParam("form").orElse(null));
        Map<String, String> form = new HashMap<>();
        form.put("channel", Channel.HOTLINE.name());
        form.put("urgency", Urgency.NORMAL.name());
        return show(request, kind, form, null, Map.of(), HttpStatus.OK);
    }

    Mono<ServerResponse> receiveComplaint(ServerRequest request) {
        return receive(request, Kind.COMPLAINT);
    }

    Mono<ServerResponse> receiveServiceRequest(ServerRequest request) {
        return receive(request, Kind.SERVICE_REQUEST);
    }

    Mono<ServerResponse> receiveDepartmentComplaint(ServerRequest request) {
        return receive(request, Kind.DEPARTMENT_COMPLAINT);
    }

    private Mono<ServerResponse> receive(ServerRequest request, Kind kind) {
        return request.formData().flatMap(data -> {
            Map<String, String> form = new HashMap<>();
            kind.fields.forEach(field -> form.put(field, value(data, field)));
            return api.post(request, kind.api, body(kind, form), data.getFirst("idempotencyKey"))
                    .flatMap(outcome -> {
                        if (outcome.successful()) {
                            String id = outcome.json().path(kind.idField).asText();
                            URI page = UriComponentsBuilder.fromPath(kind.page + "/{id}").queryParam("done", "received")
                                    .buildAndExpand(id).encode().toUri();
                            return ServerResponse.status(HttpStatus.SEE_OTHER).location(page).build();
                        }
                        return show(request, kind, form, outcome.problem(), localized(outcome.errors(), request),
                                HttpStatusCode.valueOf(outcome.status()));
                    });
        });
    }

    /** The request body as the API reads it: nested by the dotted names, a blank field left out. */
    static Map<String, Object> body(Kind kind, Map<String, String> form) {
        Map<String, Object> body = new LinkedHashMap<>();
        for (String field : kind.fields) {
            String value = form.get(field);
            if (value == null) {
                continue;
            }
            int dot = field.indexOf('.');
            if (dot < 0) {
                body.put(field, value);
            } else {
                @SuppressWarnings("unchecked")
                Map<String, Object> part = (Map<String, Object>) body.computeIfAbsent(field.substring(0, dot),
                        name -> new LinkedHashMap<String, Object>());
                part.put(field.substring(dot + 1), value);
            }
        }
        // the parts the API requires as objects: absent, it says which of their fields is missing
        if (kind != Kind.DEPARTMENT_COMPLAINT) {
            body.computeIfAbsent("customer", name -> new LinkedHashMap<String, Object>());
        }
        body.computeIfAbsent("target", name -> new LinkedHashMap<String, Object>());
        return body;
    }

    /** A form value, stripped; null when blank (the API's "missing", not an empty string to match). */
    static String value(MultiValueMap<String, String> data, String field) {
        String value = data.getFirst(field);
        if (value == null) {
            return null;
        }
        value = value.strip();
        return value.isEmpty() ? null : value;
    }

    private Mono<ServerResponse> show(ServerRequest request, Kind kind, Map<String, String> form, String problem,
                                      Map<String, String> errors, HttpStatusCode status) {
        return StaffUser.current().flatMap(user -> {
            Map<String, Object> model = new HashMap<>();
            model.put("active", "intake");
            model.put("sheets", List.of("intake.css"));
            model.put("kind", kind.name);
            model.put("allowed", mayPost(user, kind.api));
            model.put("channels", List.of(Channel.values()));
            model.put("urgencies", List.of(Urgency.values()));
            model.put("categories", List.of(ServiceCategory.values()));
            // the subsidiaries to suggest: the scope's own (a group scope has too many to list)
            model.put("subsidiaries", user.scope().subsidiaries().keySet().stream().sorted().toList());
            model.put("form", form);
            // a new key for every form shown: a refused form sent again is a new request
            model.put("idempotencyKey", UUID.randomUUID().toString());
            Map<String, String> shown = new HashMap<>(errors);
            // "give a phone number or an email address" belongs beside the phone, the first of the two
            String reachable = errors.get("customer.reachable");
            if (reachable != null) {
                shown.putIfAbsent("customer.phone", reachable);
            }
            model.put("errors", shown);
            model.put("problem", problem);
            model.put("problems", errors.entrySet().stream()
                    .map(error -> new Problem(error.getKey(), error.getValue(), anchor(kind, error.getKey())))
                    .toList());
            model.put("focus", errors.keySet().stream()
                    .map(field -> "customer.reachable".equals(field) ? "customer.phone" : field)
                    .filter(kind.fields::contains).findFirst().orElse("channel"));
            return ConsoleCases.withStatus(view.render(request, "console/intake", model), status);
        });
    }

    /** The id of the field an error names, when the form shows it. */
    private static String anchor(Kind kind, String field) {
        String shown = "customer.reachable".equals(field) ? "customer.phone" : field;
        return kind.fields.contains(shown) ? kind.name + "-" + shown.replace('.', '-') : null;
    }

    /** Whether the user's roles may send the API request, as the API's access rules say (the API stays the judge). */
    boolean mayPost(StaffUser user, String path) {
        return access.allows(user.roles(), HttpMethod.POST, path);
    }
}
