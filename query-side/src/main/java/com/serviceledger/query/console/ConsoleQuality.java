package com.serviceledger.query.console;

import static com.serviceledger.query.console.ConsoleJson.local;
import static com.serviceledger.query.console.ConsoleJson.text;

import com.fasterxml.jackson.databind.JsonNode;
import com.serviceledger.platform.security.Roles;
import com.serviceledger.platform.security.StaffUser;
import com.serviceledger.query.security.QueryAccessRules;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.http.HttpMethod;
import org.springframework.stereotype.Component;
import org.springframework.util.MultiValueMap;
import org.springframework.web.reactive.function.server.ServerRequest;
import org.springframework.web.reactive.function.server.ServerResponse;
import reactor.core.publisher.Mono;

/**
 * The quality page: the inspections, rectifications and quality months of the user's scope as the API lists them
 * (GET /api/inspections, /api/rectifications, /api/quality-months), one of each on its own page, and the forms of
 * the commands the user's roles allow (record an inspection, record a rectification, close a quality month), sent
 * through the API in process so its rules, scope and validation decide.
 */
@Component
class ConsoleQuality {

    /** The newest of each kind the page lists. */
    static final int SHOWN = 50;
    /** Rows of the inspection form: its team and its checklist (blank rows are left out). */
    static final int TEAM_ROWS = 4;
    static final int ITEM_ROWS = 4;
    static final List<String> KINDS = List.of("DAILY", "WEEKLY", "MONTHLY");
    static final List<String> INSPECTOR_ROLES = List.of("ASSISTANT", "FOREMAN", "CONTRACTOR_SITE_LEAD",
            "TECHNICAL_DEPARTMENT", "MANAGER");
    static final List<String> SEVERITIES = List.of("MINOR", "MAJOR");
    /** Who may record a fix someone else made (the others record their own). */
    private static final List<String> NAMES_RECTIFIER = List.of(Roles.INSPECTOR);
    /** How long a detail page just recorded waits for the view to catch up. */
    private static final Duration FRESH = Duration.ofSeconds(5);

    /** The filters, as the form and the address carry them. */
    record Filter(String subsidiary, String month) {

        static Filter of(ServerRequest request) {
            return new Filter(ConsoleJson.param(request, "subsidiary"), ConsoleJson.param(request, "month"));
        }

        String query() {
            return ConsoleJson.query("subsidiary", subsidiary, "month", month);
        }
    }

    /** Where a rectification stands, in colour, icon and word (as the SLA board says its cases). */
    enum Standing {
        /** In the order the page lists them: the ones to act on first. */
        BREACHED("✖"), WARNING("▲"), ON_TRACK("●"), LATE("✔"), DONE("✔");

        final String mark;

        Standing(String mark) {
            this.mark = mark;
        }

        public String css() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }

        public String mark() {
            return mark;
        }

        static Standing of(JsonNode rectification, Instant now) {
            String status = Objects.requireNonNullElse(text(rectification, "status"), "OPEN");
            return switch (status) {
                case "OVERDUE" -> BREACHED;
                case "RECTIFIED" -> DONE;
                case "RECTIFIED_LATE" -> LATE;
                default -> {
                    String due = text(rectification, "dueAt");
                    String warning = text(rectification, "warningAt");
                    if (due != null && !Instant.parse(due).isAfter(now)) {
                        yield BREACHED; // past due, the overdue event not yet in the view
                    }
                    yield text(rectification, "warnedAt") != null
                            || warning != null && !Instant.parse(warning).isAfter(now) ? WARNING : ON_TRACK;
                }
            };
        }
    }

    record InspectionRow(String id, String kind, String unit, String when, String zone, int items, int failed,
                         String passRate, String nextDue, List<String> rectifications) {

        static InspectionRow of(JsonNode i) {
            String zone = text(i, "timeZone");
            String nextDue = null;
            List<String> rectifications = new ArrayList<>();
            for (JsonNode item : i.path("items")) {
                String due = text(item, "dueAt");
                if (due != null && (nextDue == null || due.compareTo(nextDue) < 0)) {
                    nextDue = due;
                }
                if (text(item, "rectificationId") != null) {
                    rectifications.add(text(item, "rectificationId"));
                }
            }
            return new InspectionRow(text(i, "inspectionId"), text(i, "kind"), ConsoleQuality.unit(i),
                    local(text(i, "inspectedAt"), zone), ConsoleJson.zone(zone), ConsoleJson.number(i, "itemCount"),
                    ConsoleJson.number(i, "failedCount"), ConsoleJson.percent(i, "passRate"),
                    local(nextDue, zone), rectifications);
        }
    }

    record ItemRow(int no, String standard, String result, String severity, String note, String responsible,
                   String due, String rectificationId) {

        static ItemRow of(JsonNode item, String zone) {
            return new ItemRow(ConsoleJson.number(item, "itemNo"), text(item, "standardCode"), text(item, "result"),
                    text(item, "severity"), text(item, "note"), text(item, "responsibleStaffId"),
                    local(text(item, "dueAt"), zone), text(item, "rectificationId"));
        }
    }

    record RectificationRow(String id, String inspectionId, String unit, String standard, String severity,
                            String note, String raised, String due, String zone, String status, Standing standing,
                            String responsible, String rectified, String rectifiedBy, String rectificationNote,
                            String penalty, String month) {

        static RectificationRow of(JsonNode r, Instant now) {
            String zone = text(r, "timeZone");
            return new RectificationRow(text(r, "rectificationId"), text(r, "inspectionId"), ConsoleQuality.unit(r),
                    text(r, "standardCode"), text(r, "severity"), text(r, "note"), local(text(r, "raisedAt"), zone),
                    local(text(r, "dueAt"), zone), ConsoleJson.zone(zone),
                    Objects.requireNonNullElse(text(r, "status"), "OPEN"), Standing.of(r, now),
                    text(r, "responsibleStaffId"), local(text(r, "rectifiedAt"), zone), text(r, "rectifiedBy"),
                    text(r, "rectificationNote"), ConsoleJson.decimal(r, "penalty"), text(r, "month"));
        }

        public boolean open() {
            return status.equals("OPEN") || status.equals("OVERDUE");
        }
    }

    /** One of an inspection's team, with the part they took. */
    record TeamMember(String id, String role) {
    }

    /** One inspection kind's counts in a month. */
    record KindFigures(String kind, int inspections, int withFailures, int items, int failedItems) {
    }

    record MonthRow(String id, String subsidiary, String site, String contractor, String unit, String month,
                    String status, String score, String passingScore, Boolean meets, boolean escalated,
                    List<KindFigures> kinds, int onTime, int late, int overdue, String penalties,
                    String evaluatedAt, String zone, String escalation) {

        static MonthRow of(JsonNode m) {
            String zone = text(m, "timeZone");
            JsonNode evaluation = m.path("evaluation");
            List<KindFigures> kinds = new ArrayList<>();
            for (String kind : List.of("daily", "weekly", "monthly")) {
                JsonNode k = m.path(kind);
                kinds.add(new KindFigures(kind.toUpperCase(java.util.Locale.ROOT), ConsoleJson.number(k, "inspections"),
                        ConsoleJson.number(k, "inspectionsWithFailures"), ConsoleJson.number(k, "items"),
                        ConsoleJson.number(k, "failedItems")));
            }
            JsonNode outcomes = m.path("rectifications");
            JsonNode meets = m.path("meetsStandard");
            JsonNode escalation = m.path("escalation");
            return new MonthRow(text(m, "qualityMonthId"), text(m, "subsidiaryId"), text(m, "siteId"),
                    text(m, "contractorId"), ConsoleQuality.unit(m), text(m, "month"),
                    Objects.requireNonNullElse(text(m, "status"), "OPEN"), ConsoleJson.decimal(m, "score"),
                    ConsoleJson.decimal(evaluation, "passingScore"), meets.isBoolean() ? meets.asBoolean() : null,
                    m.path("escalated").asBoolean(false), kinds, ConsoleJson.number(outcomes, "rectifiedOnTime"),
                    ConsoleJson.number(outcomes, "rectifiedLate"), ConsoleJson.number(outcomes, "overdue"),
                    ConsoleJson.decimal(outcomes, "overduePenalties"), local(text(evaluation, "evaluatedAt"), zone),
                    ConsoleJson.zone(zone), escalation.isMissingNode() ? null
                            : text(escalation, "triggeredBy") + " · " + ConsoleJson.number(escalation,
                            "inspectionsWithFailures") + " · " + String.join(", ",
                            ConsoleJson.texts(escalation, "inspectionIds")));
        }
    }

    private final ConsoleView view;
    private final ConsoleApi api;

    private final ConsoleApiRoles roles;

    ConsoleQuality(ConsoleView view, ConsoleApi api, ConsoleApiRoles roles) {
        this.view = view;
        this.api = api;
        this.roles = roles;
    }

    Mono<ServerResponse> page(ServerRequest request) {
        return shown(request, Map.of());
    }

    /** Records an inspection from the form's rows (blank rows left out) and opens it; a refusal shows beside its fields. */
    Mono<ServerResponse> record(ServerRequest request) {
        return request.formData().flatMap(form -> {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("kind", ConsoleForm.value(form, "kind"));
            Map<String, Object> unit = new LinkedHashMap<>();
            unit.put("subsidiaryId", ConsoleForm.value(form, "unit.subsidiaryId"));
            unit.put("siteId", ConsoleForm.value(form, "unit.siteId"));
            unit.put("contractorId", ConsoleForm.value(form, "unit.contractorId"));
            body.put("unit", unit);
            // the API numbers the rows it gets; the form's numbers, with blank rows between, may differ
            Map<String, String> renumbered = new HashMap<>();
            List<Map<String, Object>> team = new ArrayList<>();
            for (int row = 0; row < TEAM_ROWS; row++) {
                String prefix = "inspectors[" + row + "].";
                String id = ConsoleForm.value(form, prefix + "inspectorId");
                String role = ConsoleForm.value(form, prefix + "role");
                if (id != null || role != null) {
                    renumbered.put("inspectors[" + team.size() + "].", prefix);
                    Map<String, Object> entry = new LinkedHashMap<>();
                    entry.put("inspectorId", id);
                    entry.put("role", role);
                    team.add(entry);
                }
            }
            body.put("inspectors", team);
            List<Map<String, Object>> items = new ArrayList<>();
            for (int row = 0; row < ITEM_ROWS; row++) {
                String prefix = "items[" + row + "].";
                Map<String, Object> item = new LinkedHashMap<>();
                for (String field : List.of("standardCode", "result", "severity", "note", "responsibleStaffId")) {
                    item.put(field, ConsoleForm.value(form, prefix + field));
                }
                if (item.values().stream().anyMatch(Objects::nonNull)) {
                    renumbered.put("items[" + items.size() + "].", prefix);
                    items.add(item);
                }
            }
            body.put("items", items);
            return api.post(request, "/api/inspections", body, form.getFirst(ConsoleForm.KEY)).flatMap(outcome -> {
                if (outcome.successful()) {
                    String id = outcome.json().path("inspectionId").asText();
                    return ConsoleView.seeOther(ConsolePaths.QUALITY + "/inspections/" + ConsoleJson.segment(id)
                            + "?recorded");
                }
                Map<String, String> errors = new LinkedHashMap<>();
                outcome.errors().forEach((field, message) -> errors.put(formField(field, renumbered), message));
                return shown(request, Map.of("inspect", ConsoleForm.refused(form, errors, outcome.problem())));
            });
        });
    }

    /** Closes a unit's quality month and opens its evaluation. */
    Mono<ServerResponse> close(ServerRequest request) {
        return request.formData().flatMap(form -> {
            Map<String, Object> unit = new LinkedHashMap<>();
            unit.put("subsidiaryId", ConsoleForm.value(form, "unit.subsidiaryId"));
            unit.put("siteId", ConsoleForm.value(form, "unit.siteId"));
            unit.put("contractorId", ConsoleForm.value(form, "unit.contractorId"));
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("unit", unit);
            body.put("month", ConsoleForm.value(form, "month"));
            return api.post(request, "/api/quality-months/close", body, form.getFirst(ConsoleForm.KEY))
                    .flatMap(outcome -> outcome.successful()
                            ? ConsoleView.seeOther(ConsolePaths.QUALITY + "/months/"
                            + ConsoleJson.segment(outcome.json().path("qualityMonthId").asText()) + "?closed")
                            : shown(request, Map.of("closeMonth",
                            ConsoleForm.refused(form, outcome.errors(), outcome.problem()))));
        });
    }

    /** A file just attached, as the API's answer names it: its hash is what the event store's chain covers. */
    record Attached(String id, String mediaType, long size, String sha256) {

        static Attached of(JsonNode answer) {
            return new Attached(text(answer, "attachmentId"), text(answer, "mediaType"), answer.path("size").asLong(),
                    text(answer, "sha256"));
        }
    }

    static final List<String> ATTACHING = List.of("inspections", "rectifications");

    /**
     * A file for an inspection or a rectification from its page ({@code kinds}), through the API's upload; its
     * page then shows the file's hash, or the refusal (name, size, type) beside the file field.
     */
    Mono<ServerResponse> attach(ServerRequest request) {
        String kinds = request.pathVariable("kinds");
        if (!ATTACHING.contains(kinds)) {
            return ServerResponse.notFound().build();
        }
        String id = request.pathVariable("id");
        return ConsoleUploads.forward(api, request, "/api/" + kinds + "/" + ConsoleJson.segment(id) + "/attachments")
                .flatMap(outcome -> {
                    ConsoleForm upload = outcome.successful() ? ConsoleForm.fresh()
                            : new ConsoleForm(ConsoleJson.formKey(), Map.of(), outcome.errors(), outcome.problem());
                    Attached attached = outcome.successful() ? Attached.of(outcome.json()) : null;
                    return kinds.equals("inspections") ? inspectionPage(request, upload, attached)
                            : rectificationPage(request, ConsoleForm.fresh(), upload, attached);
                });
    }

    Mono<ServerResponse> inspection(ServerRequest request) {
        return inspectionPage(request, ConsoleForm.fresh(), null);
    }

    private Mono<ServerResponse> inspectionPage(ServerRequest request, ConsoleForm upload, Attached attached) {
        String id = request.pathVariable("id");
        return detail(request, "/api/inspections/" + ConsoleJson.segment(id)).flatMap(outcome ->
                StaffUser.current().flatMap(user -> {
            Map<String, Object> model = detailModel("inspection", id, outcome);
            uploadModel(model, user, "/api/inspections/{inspectionId}/attachments", upload, attached);
            if (outcome.successful()) {
                JsonNode i = outcome.json();
                String zone = text(i, "timeZone");
                model.put("inspection", InspectionRow.of(i));
                model.put("items", ConsoleJson.items(wrap(i.path("items")), item -> ItemRow.of(item, zone)));
                List<TeamMember> team = new ArrayList<>();
                for (JsonNode inspector : i.path("inspectors")) {
                    team.add(new TeamMember(text(inspector, "inspectorId"), text(inspector, "role")));
                }
                model.put("team", team);
                model.put("policyVersion", text(i, "policyVersion"));
            }
            return view.render(request, "console/quality-detail", model);
        }));
    }

    /** The upload form of an inspection's or a rectification's page, for the roles the API lets attach. */
    private void uploadModel(Map<String, Object> model, StaffUser user, String rule, ConsoleForm upload,
                             Attached attached) {
        model.put("mayUpload", roles.allows(user.roles(), HttpMethod.POST, rule));
        model.put("upload", upload);
        model.put("attached", attached);
    }

    Mono<ServerResponse> rectification(ServerRequest request) {
        return rectificationPage(request, ConsoleForm.fresh(), ConsoleForm.fresh(), null);
    }

    /** Records that the non-conformity was fixed; a refusal shows on the rectification's page. */
    Mono<ServerResponse> rectify(ServerRequest request) {
        String id = request.pathVariable("id");
        return request.formData().flatMap(form -> {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("rectifiedBy", ConsoleForm.value(form, "rectifiedBy"));
            body.put("note", ConsoleForm.value(form, "note"));
            return api.post(request, "/api/rectifications/" + ConsoleJson.segment(id) + "/rectify", body,
                    form.getFirst(ConsoleForm.KEY)).flatMap(outcome -> outcome.successful()
                    ? ConsoleView.seeOther(ConsolePaths.QUALITY + "/rectifications/" + ConsoleJson.segment(id)
                            + "?rectified")
                    : rectificationPage(request, ConsoleForm.refused(form, outcome.errors(), outcome.problem()),
                            ConsoleForm.fresh(), null));
        });
    }

    Mono<ServerResponse> month(ServerRequest request) {
        String id = request.pathVariable("id");
        return detail(request, "/api/quality-months/" + ConsoleJson.segment(id)).flatMap(outcome -> {
            Map<String, Object> model = detailModel("month", id, outcome);
            if (outcome.successful()) {
                model.put("month", MonthRow.of(outcome.json()));
            }
            return view.render(request, "console/quality-detail", model);
        });
    }

    private Mono<ServerResponse> rectificationPage(ServerRequest request, ConsoleForm form, ConsoleForm upload,
                                                   Attached attached) {
        String id = request.pathVariable("id");
        return detail(request, "/api/rectifications/" + ConsoleJson.segment(id)).flatMap(outcome ->
                StaffUser.current().flatMap(user -> {
                    Map<String, Object> model = detailModel("rectification", id, outcome);
                    if (outcome.successful()) {
                        model.put("rectification", RectificationRow.of(outcome.json(), Instant.now()));
                    }
                    model.put("mayRectify", roles.allows(user.roles(), HttpMethod.POST,
                            "/api/rectifications/{rectificationId}/rectify"));
                    model.put("mayNameOther", has(user, NAMES_RECTIFIER));
                    model.put("rectify", form);
                    uploadModel(model, user, "/api/rectifications/{rectificationId}/attachments", upload, attached);
                    return view.render(request, "console/quality-detail", model);
                }));
    }

    /**
     * One document through the API; just recorded (the address says so), a moment's wait for the view to catch
     * up, since the read side follows the command a little later.
     */
    private Mono<ConsoleApi.Outcome> detail(ServerRequest request, String path) {
        boolean fresh = request.queryParam("recorded").isPresent() || request.queryParam("closed").isPresent()
                || request.queryParam("rectified").isPresent();
        Mono<ConsoleApi.Outcome> read = api.get(request, path);
        if (!fresh) {
            return read;
        }
        long deadline = System.nanoTime() + FRESH.toNanos();
        return read.flatMap(outcome -> outcome.status() == 404 || pendingRectification(request, outcome)
                ? Mono.<ConsoleApi.Outcome>error(new Pending(outcome)) : Mono.just(outcome))
                .retryWhen(reactor.util.retry.Retry.fixedDelay(Long.MAX_VALUE, Duration.ofMillis(250))
                        .filter(error -> error instanceof Pending && System.nanoTime() < deadline))
                .onErrorResume(Pending.class, pending -> Mono.just(pending.outcome));
    }

    /** Rectified, but the view still shows it open. */
    private static boolean pendingRectification(ServerRequest request, ConsoleApi.Outcome outcome) {
        return request.queryParam("rectified").isPresent() && outcome.successful()
                && "OPEN".equals(text(outcome.json(), "status"))
                || request.queryParam("closed").isPresent() && outcome.successful()
                && !"EVALUATED".equals(text(outcome.json(), "status"));
    }

    /** A read the view has not caught up with yet. */
    private static final class Pending extends RuntimeException {
        final transient ConsoleApi.Outcome outcome;

        Pending(ConsoleApi.Outcome outcome) {
            super(null, null, false, false);
            this.outcome = outcome;
        }
    }

    private static Map<String, Object> detailModel(String kind, String id, ConsoleApi.Outcome outcome) {
        Map<String, Object> model = new HashMap<>();
        model.put("active", "quality");
        model.put("sheets", List.of("quality.css"));
        model.put("kind", kind);
        model.put("id", id);
        // 403: the user's roles read no quality case; 404: unknown, or outside the user's scope (never told apart)
        model.put("found", outcome.successful());
        model.put("denied", outcome.status() == 403);
        return model;
    }

    private Mono<ServerResponse> shown(ServerRequest request, Map<String, ConsoleForm> forms) {
        Filter filter = Filter.of(request);
        return StaffUser.current().flatMap(user -> {
            Map<String, Object> model = new HashMap<>();
            model.put("active", "quality");
            model.put("sheets", List.of("quality.css"));
            model.put("filter", filter);
            model.put("subsidiaries", user.scope().subsidiaries().keySet().stream().sorted().toList());
            model.put("kinds", KINDS);
            model.put("inspectorRoles", INSPECTOR_ROLES);
            model.put("severities", SEVERITIES);
            model.put("teamRows", java.util.stream.IntStream.range(0, TEAM_ROWS).boxed().toList());
            model.put("itemRows", java.util.stream.IntStream.range(0, ITEM_ROWS).boxed().toList());
            model.put("mayRecord", roles.allows(user.roles(), HttpMethod.POST, "/api/inspections"));
            model.put("mayClose", roles.allows(user.roles(), HttpMethod.POST, "/api/quality-months/close"));
            model.put("inspect", forms.getOrDefault("inspect", ConsoleForm.fresh()));
            model.put("closeMonth", forms.getOrDefault("closeMonth", ConsoleForm.fresh()));
            model.put("allowed", QueryAccessRules.readsCases(user));
            model.put("filterForm", ConsoleForm.fresh());
            if (!QueryAccessRules.readsCases(user)) {
                return view.render(request, "console/quality", model);
            }
            String query = ConsoleJson.query("subsidiary", filter.subsidiary(), "month", filter.month(),
                    "size", String.valueOf(SHOWN));
            return Mono.zip(api.get(request, "/api/inspections" + query),
                    api.get(request, "/api/rectifications" + query),
                    api.get(request, "/api/quality-months" + query)).flatMap(all -> {
                        ConsoleApi.Outcome inspections = all.getT1();
                        if (!inspections.successful()) {
                            // a bad filter (e.g. a month that is none): the API's words beside the filter
                            model.put("filterForm", new ConsoleForm(null, Map.of(), inspections.errors(),
                                    inspections.problem()));
                            model.put("filterProblem", inspections.problem());
                            model.put("inspections", List.of());
                            model.put("rectifications", List.of());
                            model.put("months", List.of());
                            return view.render(request, "console/quality", model);
                        }
                        Instant now = Instant.now();
                        model.put("inspections", ConsoleJson.items(inspections.json(), InspectionRow::of));
                        model.put("inspectionTotal", inspections.json().path("total").asLong());
                        List<RectificationRow> rectifications = new ArrayList<>(ConsoleJson.items(
                                all.getT2().json(), r -> RectificationRow.of(r, now)));
                        // the ones to act on first: breached, then warned, then on track, each by deadline
                        rectifications.sort(Comparator.comparing(RectificationRow::standing)
                                .thenComparing(r -> Objects.requireNonNullElse(r.due(), "")));
                        model.put("rectifications", rectifications);
                        model.put("overdue", rectifications.stream()
                                .filter(r -> r.standing() == Standing.BREACHED).count());
                        model.put("months", ConsoleJson.items(all.getT3().json(), MonthRow::of));
                        return view.render(request, "console/quality", model);
                    });
        });
    }

    /** The form's name of an API field: the rows the API numbered back to the form's rows. */
    private static String formField(String field, Map<String, String> renumbered) {
        for (Map.Entry<String, String> row : renumbered.entrySet()) {
            if (field.startsWith(row.getKey())) {
                return row.getValue() + field.substring(row.getKey().length());
            }
        }
        return field;
    }

    static String unit(JsonNode node) {
        String contractor = text(node, "contractorId");
        return text(node, "subsidiaryId") + " / " + text(node, "siteId") + (contractor == null ? "" : " / " + contractor);
    }

    static boolean has(StaffUser user, List<String> roles) {
        return user.roles().stream().anyMatch(roles::contains);
    }

    private static JsonNode wrap(JsonNode items) {
        return com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode().set("items", items);
    }

}
