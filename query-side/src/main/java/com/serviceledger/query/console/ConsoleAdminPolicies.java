package com.serviceledger.query.console;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.serviceledger.kernel.policy.PolicyTerms;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.stereotype.Component;
import org.springframework.web.reactive.function.server.ServerRequest;
import org.springframework.web.reactive.function.server.ServerResponse;
import reactor.core.publisher.Mono;

/**
 * Policy versions: the one in force ({@code GET /api/policies/{subsidiary}}, which holds only that one) and every
 * published version from the policy's own event stream (the audit API: each PolicyPublished with when and by
 * whom); the difference between any two; and publishing a new version from its JSON.
 */
@Component
class ConsoleAdminPolicies {

    static final String PATH = ConsolePaths.ADMIN + "/policies";

    /** One published version, as the list shows it. */
    record Version(int version, String versionName, String publishedAt, String publishedBy, String timeZone,
                   JsonNode terms) {
    }

    /** A refused publication: what was typed, the summary, the field errors. */
    private record Refusal(HttpStatusCode status, String text, String problem, Map<String, String> errors) {
    }

    private final ConsoleAdmin admin;
    private final ConsoleApi api;
    /** Terms as the publication takes them: durations as ISO-8601 (PT30M), days as dates. */
    private final ObjectMapper termsJson;

    ConsoleAdminPolicies(ConsoleAdmin admin, ConsoleApi api) {
        this.admin = admin;
        this.api = api;
        this.termsJson = admin.json().copy().disable(SerializationFeature.WRITE_DURATIONS_AS_TIMESTAMPS)
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
    }

    /**
     * The terms as one version put them in force: read as the kernel's terms (which fill in what an older version
     * left out with the defaults that applied) and written alike, whether they come from the event stream (the
     * audit writes durations in seconds) or from the view.
     */
    JsonNode canonical(JsonNode terms) {
        try {
            return termsJson.valueToTree(termsJson.treeToValue(terms, PolicyTerms.class));
        } catch (JsonProcessingException | IllegalArgumentException unreadable) {
            return terms;
        }
    }

    Mono<ServerResponse> page(ServerRequest request) {
        return shown(request, ConsoleAdmin.param(request, "subsidiary").orElse(null), null);
    }

    /** Publishes the JSON typed as the subsidiary's next version; its refusal shown beside the text. */
    Mono<ServerResponse> publish(ServerRequest request) {
        String subsidiary = request.pathVariable("subsidiary");
        if (!ConsoleAdmin.id(subsidiary)) {
            return shown(request, subsidiary, null);
        }
        return request.formData().flatMap(form -> {
            String text = form.getFirst("terms") == null ? "" : form.getFirst("terms");
            JsonNode body;
            try {
                body = admin.json().readTree(text);
            } catch (JsonProcessingException notJson) {
                body = null;
            }
            if (body == null || !body.isObject()) {
                return shown(request, subsidiary,
                        new Refusal(HttpStatus.BAD_REQUEST, text, null, Map.of("terms", "notJson")));
            }
            return api.post(request, "/api/policies/" + subsidiary + "/versions", body, form.getFirst("key"))
                    .flatMap(outcome -> outcome.successful()
                            ? ConsoleAdmin.redirect(PATH, Map.of("subsidiary", subsidiary,
                                    "published", outcome.json().path("version").asText()))
                            : shown(request, subsidiary, new Refusal(ConsoleAdmin.refused(outcome), text,
                                    outcome.problem(), outcome.errors())));
        });
    }

    private Mono<ServerResponse> shown(ServerRequest request, String subsidiary, Refusal refusal) {
        Map<String, Object> model = admin.model("policies");
        model.put("subsidiary", subsidiary);
        model.put("key", UUID.randomUUID().toString());
        ConsoleAdmin.param(request, "published").ifPresent(version -> model.put("published", version));
        if (refusal != null) {
            model.put("terms", refusal.text());
            model.put("problem", refusal.problem());
            // "notJson" is the console's own finding; the API's errors come in its words
            Map<String, String> errors = new LinkedHashMap<>(refusal.errors());
            model.put("notJson", "notJson".equals(errors.get("terms")));
            errors.remove("terms");
            model.put("errors", errors);
        }
        HttpStatusCode status = refusal == null ? HttpStatus.OK : refusal.status();
        if (subsidiary == null) {
            return ConsoleAdmin.units(model).flatMap(m -> admin.render(request, status, "console/admin-policies", m));
        }
        if (!ConsoleAdmin.id(subsidiary)) {
            model.put("badSubsidiary", true);
            return ConsoleAdmin.units(model).flatMap(m -> admin.render(request, HttpStatus.BAD_REQUEST,
                    "console/admin-policies", m));
        }
        return Mono.zip(api.get(request, "/api/policies/" + subsidiary),
                        api.get(request, "/api/audit/cases/" + "policy-" + subsidiary + "/events"))
                .flatMap(both -> {
                    ConsoleApi.Outcome current = both.getT1();
                    ConsoleApi.Outcome history = both.getT2();
                    List<Version> versions = history.successful() ? versions(history.json()) : List.of();
                    model.put("versions", versions);
                    model.put("inForce", current.successful() ? current.json().path("version").asInt() : null);
                    if (!current.successful() && current.status() != 404) {
                        model.put("readProblem", current.problem());
                    } else if (!history.successful() && history.status() != 404) {
                        model.put("readProblem", history.problem());
                    }
                    diff(request, versions, model);
                    if (!model.containsKey("terms") && current.successful()) {
                        model.put("terms", publishable(current.json().path("terms")));
                    }
                    return ConsoleAdmin.units(model);
                })
                .flatMap(m -> admin.render(request, status, "console/admin-policies", m));
    }

    /** The versions, newest first, from the policy's stream. */
    private List<Version> versions(JsonNode entries) {
        List<Version> versions = new ArrayList<>();
        for (JsonNode entry : entries) {
            if (!"PolicyPublished".equals(entry.path("type").asText())) {
                continue;
            }
            JsonNode payload = entry.path("payload");
            JsonNode terms = canonical(payload.path("terms"));
            String zone = terms.path("timeZone").asText(null);
            String at = payload.path("publishedAt").isMissingNode() ? entry.path("timestamp").asText()
                    : payload.path("publishedAt").asText();
            int version = payload.path("version").asInt();
            versions.add(new Version(version, payload.path("subsidiaryId").asText() + "/v" + version,
                    new ConsoleAdmin.Times().when(at, zone), entry.path("principal").asText("—"), zone, terms));
        }
        return versions.reversed();
    }

    /** The two versions to compare (the last two unless chosen) and their difference. */
    private static void diff(ServerRequest request, List<Version> versions, Map<String, Object> model) {
        if (versions.size() < 2) {
            return;
        }
        int to = number(request, "to", versions.getFirst().version());
        int from = number(request, "from", versions.get(1).version());
        Version before = versions.stream().filter(v -> v.version() == from).findFirst().orElse(null);
        Version after = versions.stream().filter(v -> v.version() == to).findFirst().orElse(null);
        model.put("from", from);
        model.put("to", to);
        if (before == null || after == null) {
            model.put("diffUnknown", true);
            return;
        }
        model.put("changes", PolicyDiff.between(before.terms(), after.terms()));
    }

    private static int number(ServerRequest request, String name, int otherwise) {
        try {
            return ConsoleAdmin.param(request, name).map(Integer::parseInt).orElse(otherwise);
        } catch (NumberFormatException notANumber) {
            return otherwise;
        }
    }

    /** The terms in force as the publication's body: the notification rules as the list it takes. */
    private String publishable(JsonNode terms) {
        if (!terms.isObject()) {
            return "";
        }
        ObjectNode body = canonical(terms).deepCopy();
        JsonNode rules = body.path("notifications").path("rules");
        if (rules.isArray()) {
            body.set("notifications", rules);
        }
        try {
            return termsJson.writerWithDefaultPrettyPrinter().writeValueAsString(body);
        } catch (JsonProcessingException e) {
            return terms.toString();
        }
    }
}
