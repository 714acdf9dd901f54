package com.serviceledger.query.console;

import static com.serviceledger.query.console.ConsoleJson.local;
import static com.serviceledger.query.console.ConsoleJson.text;

import com.fasterxml.jackson.databind.JsonNode;
import com.serviceledger.platform.security.StaffUser;
import com.serviceledger.query.security.QueryAccessRules;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.springframework.http.HttpMethod;
import org.springframework.stereotype.Component;
import org.springframework.web.reactive.function.server.ServerRequest;
import org.springframework.web.reactive.function.server.ServerResponse;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The people page: the staff scorecards of the user's scope (points, deductions with their causes and complaints,
 * joint liability), the month's service stars and worst-service notices, the quality supervisor's forms (close a
 * scorecard month, award a service star), and the directory read-only (a subsidiary's departments, posts and
 * position holders; a staff member with their post and supervisor), all as the API answers them.
 */
@Component
class ConsolePeople {

    static final int SHOWN = 50;
    /** Who may send the scoring commands, as the command side's access rules say (the API checks it again). */
    static final List<String> RATING_SOURCES = List.of("PHONE_FOLLOW_UP", "ONLINE_RATING", "QUESTIONNAIRE");
    static final List<String> CHANNELS = List.of("HOTLINE", "ONLINE", "EMAIL", "ON_SITE", "WECHAT", "SUGGESTION_BOX");

    record Filter(String subsidiary, String department, String staff, String month) {

        static Filter of(ServerRequest request) {
            return new Filter(ConsoleJson.param(request, "subsidiary"), ConsoleJson.param(request, "department"),
                    ConsoleJson.param(request, "staff"), ConsoleJson.param(request, "month"));
        }

        String query(String... more) {
            List<String> pairs = new ArrayList<>(List.of("subsidiary", nn(subsidiary), "department", nn(department),
                    "staff", nn(staff), "month", nn(month), "size", String.valueOf(SHOWN)));
            pairs.addAll(List.of(more));
            return ConsoleJson.query(pairs.stream().map(value -> value.isEmpty() ? null : value)
                    .toArray(String[]::new));
        }

        private static String nn(String value) {
            return value == null ? "" : value;
        }
    }

    record Deduction(String complaintId, String misconduct, String grade, int ordinal, int points, String cause,
                     String sanction, boolean dismissal, String when, String behaviour, String policyVersion) {
    }

    record JointDeduction(String complaintId, String role, String responsible, int ordinal, int points, String cause,
                          String when) {
    }

    /** Criticism and education (002 第4篇 4), when the month brought it. */
    record Warning(int complaints, List<String> shortcomings, String improvement, String standsThrough, boolean late,
                   String when) {
    }

    /** A closed month changed by a complaint verified after its close. */
    record Correction(String complaintId, String reason, int complaintsBefore, int complaintsAfter, int pointsBefore,
                      int pointsAfter, String when) {
    }

    record ScorecardRow(String id, String staff, String subsidiary, String department, String month, String status,
                        int complaints, int own, int joint, int total, boolean star, Integer starMonths,
                        String starBonus, boolean worst, String fine, String notice, String ruleSet,
                        String policyVersion, String closedAt, String zone, List<Deduction> deductions,
                        List<JointDeduction> jointDeductions, Warning warning, String warnedMonth,
                        boolean lateDesignation, List<Correction> corrections) {

        static ScorecardRow of(JsonNode s) {
            String zone = text(s, "timeZone");
            List<Deduction> deductions = new ArrayList<>();
            for (JsonNode d : s.path("deductions")) {
                deductions.add(new Deduction(text(d, "complaintId"), text(d, "misconduct"), text(d, "grade"),
                        ConsoleJson.number(d, "ordinal"), ConsoleJson.number(d, "points"), text(d, "cause"),
                        text(d, "sanction"), d.path("dismissalRecommended").asBoolean(false),
                        local(text(d, "scoredAt"), zone), text(d, "behaviour"), text(d, "policyVersion")));
            }
            List<JointDeduction> joint = new ArrayList<>();
            for (JsonNode d : s.path("jointDeductions")) {
                joint.add(new JointDeduction(text(d, "complaintId"), text(d, "role"), text(d, "responsibleStaffId"),
                        ConsoleJson.number(d, "ordinal"), ConsoleJson.number(d, "points"), text(d, "cause"),
                        local(text(d, "chargedAt"), zone)));
            }
            JsonNode w = s.path("warning");
            Warning warning = null;
            if (w.isObject()) {
                List<String> shortcomings = new ArrayList<>();
                w.path("shortcomings").forEach(cause -> shortcomings.add(cause.asText()));
                warning = new Warning(ConsoleJson.number(w, "complaintCount"), shortcomings, text(w, "improvement"),
                        text(w, "standsThroughMonth"), w.path("late").asBoolean(false), local(text(w, "warnedAt"), zone));
            }
            List<Correction> corrections = new ArrayList<>();
            for (JsonNode k : s.path("corrections")) {
                corrections.add(new Correction(text(k, "complaintId"), text(k, "reason"),
                        ConsoleJson.number(k, "complaintCountBefore"), ConsoleJson.number(k, "complaintCountAfter"),
                        ConsoleJson.number(k, "totalPointsBefore"), ConsoleJson.number(k, "totalPointsAfter"),
                        local(text(k, "correctedAt"), zone)));
            }
            JsonNode months = s.path("consecutiveStarMonths");
            return new ScorecardRow(text(s, "scorecardId"), text(s, "staffId"), text(s, "subsidiaryId"),
                    text(s, "departmentId"), text(s, "month"), Objects.requireNonNullElse(text(s, "status"), "OPEN"),
                    ConsoleJson.number(s, "complaintCount"), ConsoleJson.number(s, "ownPoints"),
                    ConsoleJson.number(s, "jointPoints"), ConsoleJson.number(s, "totalPoints"),
                    s.path("serviceStar").asBoolean(false), months.isNumber() ? months.asInt() : null,
                    ConsoleJson.decimal(s, "starBonus"), s.path("worstService").asBoolean(false),
                    ConsoleJson.decimal(s, "fine"), text(s, "notice"), text(s, "ruleSet"), text(s, "policyVersion"),
                    local(text(s, "closedAt"), zone), ConsoleJson.zone(zone), deductions, joint, warning,
                    text(s, "warnedMonth"), s.path("lateDesignation").asBoolean(false), corrections);
        }
    }

    /** A staff member as the directory holds them. */
    record Person(String id, String name, String subsidiary, String department, String post, String supervisor,
                  String groupLeader, boolean active, String hired, String departed, List<String> history) {

        static Person of(JsonNode s) {
            List<String> history = new ArrayList<>();
            for (JsonNode a : s.path("history")) {
                history.add(String.join(" · ", List.of(Objects.requireNonNullElse(local(text(a, "effectiveAt"), null),
                                "—"), Objects.requireNonNullElse(text(a, "departmentId"), "—"),
                        Objects.requireNonNullElse(text(a, "postId"), "—"),
                        Objects.requireNonNullElse(text(a, "supervisorId"), "—"))));
            }
            return new Person(text(s, "staffId"), text(s, "name"), text(s, "subsidiaryId"), text(s, "departmentId"),
                    text(s, "postId"), text(s, "supervisorId"), text(s, "groupLeaderId"),
                    s.path("active").asBoolean(false), local(text(s, "hiredAt"), null),
                    local(text(s, "departedAt"), null), history);
        }
    }

    record Department(String id, String name, String kind, List<String> posts) {
    }

    /** A position held now, with its holder as the directory knows them (null when out of reach). */
    record Holder(String position, String department, String staffId, String since, Person person) {
    }

    record Directory(String id, String name, String zone, List<Department> departments, List<Holder> holders,
                     List<Person> staff) {
    }

    private final ConsoleView view;
    private final ConsoleApi api;

    private final ConsoleApiRoles roles;
    private final ConsoleBehaviours behaviours;

    ConsolePeople(ConsoleView view, ConsoleApi api, ConsoleApiRoles roles, ConsoleBehaviours behaviours) {
        this.behaviours = behaviours;
        this.view = view;
        this.api = api;
        this.roles = roles;
    }

    Mono<ServerResponse> page(ServerRequest request) {
        return shown(request, Map.of());
    }

    /** Closes a staff member's scorecard month (its worst-service verdict follows); back to the page. */
    Mono<ServerResponse> close(ServerRequest request) {
        return request.formData().flatMap(form -> {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("staffId", ConsoleForm.value(form, "staffId"));
            body.put("month", ConsoleForm.value(form, "month"));
            return api.post(request, "/api/scorecards/close", body, form.getFirst(ConsoleForm.KEY))
                    .flatMap(outcome -> outcome.successful()
                            ? ConsoleView.seeOther(ConsolePaths.PEOPLE + "/scorecards/"
                            + ConsoleJson.segment(outcome.json().path("scorecardId").asText()) + "?closed")
                            : shown(request, Map.of("closeCard",
                            ConsoleForm.refused(form, outcome.errors(), outcome.problem()))));
        });
    }

    /** Nominates a department's service star of a month; back to the page, saying so. */
    Mono<ServerResponse> star(ServerRequest request) {
        return request.formData().flatMap(form -> {
            Map<String, Object> body = new LinkedHashMap<>();
            for (String field : List.of("subsidiaryId", "departmentId", "month", "staffId")) {
                body.put(field, ConsoleForm.value(form, field));
            }
            return api.post(request, "/api/scorecards/stars", body, form.getFirst(ConsoleForm.KEY))
                    .flatMap(outcome -> outcome.successful()
                            ? ConsoleView.seeOther(ConsolePaths.PEOPLE + ConsoleJson.query("starred",
                            ConsoleForm.value(form, "staffId"), "month", ConsoleForm.value(form, "month"))
                            + "#stars")
                            : shown(request, Map.of("star",
                            ConsoleForm.refused(form, outcome.errors(), outcome.problem()))));
        });
    }

    /**
     * Records a satisfaction rating of a unit or staff member (a phone follow-up, an online rating, a
     * questionnaire); back to the page, saying so.
     */
    Mono<ServerResponse> rate(ServerRequest request) {
        return request.formData().flatMap(form -> {
            Map<String, Object> unit = new LinkedHashMap<>();
            for (String field : List.of("subsidiaryId", "departmentId", "postId", "staffId")) {
                unit.put(field, ConsoleForm.value(form, "unit." + field));
            }
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("source", ConsoleForm.value(form, "source"));
            body.put("unit", unit);
            body.put("channel", ConsoleForm.value(form, "channel"));
            body.put("caseId", ConsoleForm.value(form, "caseId"));
            String score = ConsoleForm.value(form, "score");
            body.put("score", score != null && score.matches("[0-9]{1,2}") ? Integer.valueOf(score) : null);
            body.put("comment", ConsoleForm.value(form, "comment"));
            return api.post(request, "/api/ratings", body, form.getFirst(ConsoleForm.KEY))
                    .flatMap(outcome -> outcome.successful()
                            ? ConsoleView.seeOther(ConsolePaths.PEOPLE + ConsoleJson.query("rated",
                            outcome.json().path("ratingId").asText()) + "#rating")
                            : shown(request, Map.of("rating",
                            ConsoleForm.refused(form, outcome.errors(), outcome.problem()))));
        });
    }

    Mono<ServerResponse> scorecard(ServerRequest request) {
        String id = request.pathVariable("id");
        return api.get(request, "/api/scorecards/" + ConsoleJson.segment(id)).flatMap(outcome -> {
            Map<String, Object> model = base();
            model.put("id", id);
            model.put("found", outcome.successful());
            model.put("denied", outcome.status() == 403);
            if (!outcome.successful()) {
                return view.render(request, "console/people-scorecard", model);
            }
            ScorecardRow card = ScorecardRow.of(outcome.json());
            model.put("card", card);
            // the listed behaviours' labels, from the subsidiary's catalogue (a code it no longer lists shows as such)
            boolean listed = card.deductions().stream().anyMatch(d -> d.behaviour() != null);
            return (listed ? behaviours.of(request, card.subsidiary()) : Mono.just(ConsoleBehaviours.Catalogue.NONE))
                    .flatMap(catalogue -> {
                        model.put("catalogue", catalogue);
                        return view.render(request, "console/people-scorecard", model);
                    });
        });
    }

    private Mono<ServerResponse> shown(ServerRequest request, Map<String, ConsoleForm> forms) {
        Filter filter = Filter.of(request);
        return StaffUser.current().flatMap(user -> {
            Map<String, Object> model = base();
            List<String> subsidiaries = user.scope().subsidiaries().keySet().stream().sorted().toList();
            model.put("filter", filter);
            model.put("subsidiaries", subsidiaries);
            model.put("mayScore", roles.allows(user.roles(), HttpMethod.POST, "/api/scorecards/close"));
            model.put("closeCard", forms.getOrDefault("closeCard", ConsoleForm.fresh()));
            model.put("star", forms.getOrDefault("star", ConsoleForm.fresh()));
            model.put("starred", ConsoleJson.param(request, "starred"));
            model.put("mayRate", roles.allows(user.roles(), HttpMethod.POST, "/api/ratings"));
            model.put("rating", forms.getOrDefault("rating", ConsoleForm.fresh()));
            model.put("rated", ConsoleJson.param(request, "rated"));
            model.put("ratingSources", RATING_SOURCES);
            model.put("channels", CHANNELS);
            boolean scores = QueryAccessRules.readsScores(user);
            model.put("scoresAllowed", scores);
            // the directory's subsidiary: asked for, else the filter's, else the scope's only one
            String unit = ConsoleJson.param(request, "unit");
            if (unit == null) {
                unit = filter.subsidiary() != null ? filter.subsidiary()
                        : subsidiaries.size() == 1 ? subsidiaries.getFirst() : null;
            }
            model.put("unit", unit);
            String person = ConsoleJson.param(request, "person");
            model.put("person", person);
            Mono<Map<String, Object>> cards = scores ? scorecards(request, filter) : Mono.just(Map.of());
            return Mono.zip(cards, directory(request, unit), lookup(request, person)).flatMap(all -> {
                model.putAll(all.getT1());
                model.putAll(all.getT2());
                model.putAll(all.getT3());
                return view.render(request, "console/people", model);
            });
        });
    }

    private Mono<Map<String, Object>> scorecards(ServerRequest request, Filter filter) {
        return Mono.zip(api.get(request, "/api/scorecards" + filter.query()),
                api.get(request, "/api/scorecards" + filter.query("star", "true")),
                api.get(request, "/api/scorecards" + filter.query("worst", "true"))).map(all -> {
                    Map<String, Object> model = new HashMap<>();
                    if (!all.getT1().successful()) {
                        model.put("filterProblem", all.getT1().problem());
                        model.put("cards", List.of());
                        model.put("stars", List.of());
                        model.put("worst", List.of());
                        return model;
                    }
                    model.put("cards", ConsoleJson.items(all.getT1().json(), ScorecardRow::of));
                    model.put("cardTotal", all.getT1().json().path("total").asLong());
                    model.put("stars", ConsoleJson.items(all.getT2().json(), ScorecardRow::of));
                    model.put("worst", ConsoleJson.items(all.getT3().json(), ScorecardRow::of));
                    return model;
                });
    }

    /** The subsidiary with its position holders, each looked up (as the API would answer a client doing so). */
    private Mono<Map<String, Object>> directory(ServerRequest request, String unit) {
        if (unit == null) {
            return Mono.just(Map.of());
        }
        return api.get(request, "/api/organisation/subsidiaries/" + ConsoleJson.segment(unit)).flatMap(outcome -> {
            if (!outcome.successful()) {
                return Mono.just(Map.<String, Object>of("unitMissing", true));
            }
            JsonNode s = outcome.json();
            Map<String, List<String>> posts = new LinkedHashMap<>();
            for (JsonNode post : s.path("posts")) {
                posts.computeIfAbsent(text(post, "departmentId"), d -> new ArrayList<>())
                        .add(Objects.requireNonNullElse(text(post, "name"), text(post, "postId")));
            }
            List<Department> departments = new ArrayList<>();
            for (JsonNode d : s.path("departments")) {
                departments.add(new Department(text(d, "departmentId"), text(d, "name"), text(d, "kind"),
                        posts.getOrDefault(text(d, "departmentId"), List.of())));
            }
            List<JsonNode> positions = new ArrayList<>();
            s.path("positions").forEach(positions::add);
            Set<String> ids = new LinkedHashSet<>();
            positions.forEach(p -> ids.add(text(p, "staffId")));
            return people(request, ids).flatMap(found -> {
                // the holders' supervisors too, so the page shows who answers for whom
                Set<String> more = new LinkedHashSet<>();
                found.values().forEach(p -> {
                    if (p.supervisor() != null && !found.containsKey(p.supervisor())) {
                        more.add(p.supervisor());
                    }
                });
                return people(request, more).map(supervisors -> {
                    Map<String, Person> everyone = new LinkedHashMap<>(found);
                    everyone.putAll(supervisors);
                    List<Holder> holders = positions.stream().map(p -> new Holder(text(p, "position"),
                            text(p, "departmentId"), text(p, "staffId"), local(text(p, "since"), text(s, "timeZone")),
                            everyone.get(text(p, "staffId")))).toList();
                    Map<String, Object> model = new HashMap<>();
                    model.put("directory", new Directory(text(s, "subsidiaryId"), text(s, "name"),
                            text(s, "timeZone"), departments, holders, List.copyOf(everyone.values())));
                    return model;
                });
            });
        });
    }

    /** The staff members by id, those the API finds within the user's scope. */
    private Mono<Map<String, Person>> people(ServerRequest request, Set<String> ids) {
        return Flux.fromIterable(ids)
                .concatMap(id -> api.get(request, "/api/organisation/staff/" + ConsoleJson.segment(id)))
                .filter(ConsoleApi.Outcome::successful)
                .map(outcome -> Person.of(outcome.json()))
                .collectMap(Person::id, p -> p, LinkedHashMap::new);
    }

    private Mono<Map<String, Object>> lookup(ServerRequest request, String person) {
        if (person == null) {
            return Mono.just(Map.of());
        }
        return api.get(request, "/api/organisation/staff/" + ConsoleJson.segment(person)).map(outcome ->
                outcome.successful() ? Map.<String, Object>of("looked", Person.of(outcome.json()))
                        : Map.<String, Object>of("personMissing", true));
    }

    private static Map<String, Object> base() {
        Map<String, Object> model = new HashMap<>();
        model.put("active", "people");
        model.put("sheets", List.of("quality.css"));
        return model;
    }
}
