package com.serviceledger.query.console;

import com.fasterxml.jackson.databind.JsonNode;
import com.serviceledger.kernel.complaint.MisconductCategory;
import com.serviceledger.kernel.complaint.MisconductGrade;
import com.serviceledger.kernel.servicerequest.Difficulty;
import com.serviceledger.platform.security.StaffUser;
import com.serviceledger.query.complaint.OpenComplaints;
import com.serviceledger.query.live.LiveQuery;
import com.serviceledger.query.servicerequest.OpenServiceRequests;
import com.serviceledger.query.view.OpenCase;
import java.net.URI;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.util.MultiValueMap;
import org.springframework.web.reactive.function.BodyInserters;
import org.springframework.web.reactive.function.server.RenderingResponse;
import org.springframework.web.reactive.function.server.ServerRequest;
import org.springframework.web.reactive.function.server.ServerResponse;
import org.springframework.web.util.UriComponentsBuilder;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * A case's page, complaint or service request: its state and promises as the API's view answers them, its
 * timeline from its own events ({@code GET .../timeline}), the next steps its status and the user's roles allow,
 * and the recorded disclosure of the customer's clear contact. Every read and step goes through the API as the
 * signed-in user, so a case outside the user's scope is not there (404) and the API judges every step.
 */
@Component
class ConsoleCases {

    /** How a step's field is asked for and sent. */
    enum Type {
        /** One line of text (an id). */
        TEXT,
        /** Some sentences. */
        AREA,
        /** One item a line, sent as a list. */
        LINES,
        /** One of the options, sent as text; for a number (a score), as a number. */
        CHOICE,
        NUMBER,
        /** Yes or no, sent as a boolean. */
        YES_NO,
        /** A date and time in the case's zone, sent with its offset. */
        LOCAL_TIME
    }

    /** A field of a step's form, named as the API's body names it; required where the API requires it. */
    record Field(String name, Type type, boolean required, List<String> options) {

        static Field of(String name, Type type, boolean required) {
            return new Field(name, type, required, List.of());
        }

        static Field choice(String name, boolean required, Enum<?>[] values) {
            return new Field(name, Type.CHOICE, required, Arrays.stream(values).map(Enum::name).toList());
        }
    }

    /**
     * A lifecycle step: its API path segment, the statuses the aggregate accepts it in (Complaint and
     * ServiceRequest, {@code requireStatus}), any other condition of the aggregate's that the view shows, and the
     * body's fields. Only which forms to offer; the API stays the judge.
     */
    record Step(String name, Set<String> statuses, Predicate<JsonNode> also, List<Field> fields) {

        Step(String name, Set<String> statuses, List<Field> fields) {
            this(name, statuses, view -> true, fields);
        }

        boolean offeredFor(JsonNode view) {
            return statuses.contains(view.path("status").asText()) && also.test(view);
        }
    }

    private static final Set<String> OPEN = Set.of("RECEIVED", "FORWARDED", "CONTACTED", "IN_HANDLING", "REOPENED");
    private static final Set<String> AT_WORK = Set.of("PLANNED", "IN_PROGRESS", "REWORK");
    /** From forwarding until archived: when the complained-about department's own steps are taken (Complaint). */
    private static final Set<String> DEPARTMENT_AT_WORK = Set.of("FORWARDED", "CONTACTED", "IN_HANDLING", "RESOLVED",
            "REOPENED", "CALLED_BACK", "VERIFIED");

    /** A kind of case: its API, its console page, its promises, its steps in lifecycle order. */
    enum Kind {
        COMPLAINT("complaint", "/api/complaints", "{complaintId}", ConsolePaths.COMPLAINTS,
                List.of("contact", "contactHardLimit", "onSite", "resolution", "callback", "investigation", "solution",
                        "resultReport", "reply"),
                List.of(new Step("forward", Set.of("RECEIVED"), List.of(Field.of("departmentId", Type.TEXT, true),
                                Field.of("departmentHeadId", Type.TEXT, true))),
                        new Step("contact", Set.of("FORWARDED", "REOPENED"),
                                List.of(Field.of("contactedBy", Type.TEXT, false),
                                        Field.of("proposedSolution", Type.AREA, true))),
                        // only an urgent complaint needs a handler on site, and only one arrives
                        new Step("on-site", OPEN, view -> "URGENT".equals(view.path("urgency").asText())
                                && view.path("sla").path("onSite").path("metAt").isMissingNode(),
                                List.of(Field.of("handlerId", Type.TEXT, false))),
                        new Step("handler", Set.of("FORWARDED", "CONTACTED", "IN_HANDLING", "REOPENED"),
                                List.of(Field.of("handlerId", Type.TEXT, true))),
                        new Step("resolve", Set.of("CONTACTED", "IN_HANDLING", "REOPENED"),
                                List.of(Field.of("resolution", Type.AREA, true))),
                        new Step("reject-solution", Set.of("CONTACTED", "IN_HANDLING", "RESOLVED"),
                                List.of(Field.of("reason", Type.AREA, true))),
                        new Step("callback", Set.of("RESOLVED"), List.of(
                                new Field("satisfaction", Type.NUMBER, true, List.of("5", "4", "3", "2", "1")),
                                Field.of("solutionAccepted", Type.YES_NO, true), Field.of("comment", Type.AREA, false))),
                        new Step("verify", Set.of("CALLED_BACK", "CLOSED_UNRESOLVED"), List.of(
                                Field.choice("misconduct", true, MisconductCategory.values()),
                                Field.of("responsibleStaffId", Type.TEXT, false),
                                Field.choice("grade", false, MisconductGrade.values()),
                                Field.of("findings", Type.AREA, true),
                                // the tiered rule set's catalogue and points, offered from the policy (ConsoleBehaviours)
                                Field.of("behaviour", Type.CHOICE, false), Field.of("points", Type.NUMBER, false))),
                        new Step("dismiss", Set.of("RECEIVED", "FORWARDED"),
                                List.of(Field.of("explanation", Type.AREA, true))),
                        new Step("archive", Set.of("VERIFIED", "DISMISSED"), List.of()),
                        // the way out once escalated (issue 19): the last proposed solution stands
                        new Step("close-unresolved", Set.of("CONTACTED", "IN_HANDLING", "RESOLVED", "REOPENED"),
                                view -> view.hasNonNull("escalatedAt"),
                                List.of(Field.of("decidedBy", Type.TEXT, false), Field.of("reason", Type.AREA, true))),
                        // the department's investigation result, then its solution (001 §3.3), from forwarding on
                        new Step("investigation-result", DEPARTMENT_AT_WORK,
                                view -> view.path("investigationReturnedAt").isMissingNode(),
                                List.of(Field.of("findings", Type.AREA, true))),
                        new Step("solution", DEPARTMENT_AT_WORK,
                                view -> !view.path("investigationReturnedAt").isMissingNode(),
                                List.of(Field.of("solution", Type.AREA, true))),
                        // the customer satisfied: the head reports the result, the operations staff record it (第4篇 六)
                        new Step("result-report", Set.of("CALLED_BACK", "VERIFIED"),
                                view -> view.path("resultReportedAt").isMissingNode(),
                                List.of(Field.of("result", Type.AREA, true))),
                        new Step("outcome", Set.of("CALLED_BACK", "VERIFIED"),
                                view -> !view.path("resultReportedAt").isMissingNode()
                                        && view.path("outcomeRecordedAt").isMissingNode(),
                                List.of(Field.of("finalResult", Type.AREA, true),
                                        new Field("evaluation", Type.NUMBER, true, List.of("5", "4", "3", "2", "1")))))),
        SERVICE_REQUEST("service-request", "/api/service-requests", "{requestId}", ConsolePaths.SERVICE_REQUESTS,
                List.of("firstResponse", "delivery"),
                List.of(new Step("request-materials", Set.of("RECEIVED"),
                                List.of(Field.of("missingItems", Type.LINES, true))),
                        new Step("materials-received", Set.of("AWAITING_MATERIALS"), List.of()),
                        new Step("assign", Set.of("RECEIVED"), List.of(Field.of("assigneeId", Type.TEXT, true))),
                        new Step("assess", Set.of("ASSIGNED"), List.of(Field.of("nature", Type.AREA, true),
                                Field.choice("difficulty", true, Difficulty.values()),
                                Field.of("resources", Type.AREA, true))),
                        new Step("plan", Set.of("ASSESSED"), List.of(Field.of("goal", Type.AREA, true),
                                Field.of("steps", Type.LINES, true), Field.of("ownerId", Type.TEXT, true),
                                Field.of("dueAt", Type.LOCAL_TIME, true))),
                        new Step("progress", AT_WORK, List.of(Field.of("note", Type.AREA, true))),
                        new Step("delay", AT_WORK, List.of(Field.of("reason", Type.AREA, true),
                                Field.of("newDueAt", Type.LOCAL_TIME, true))),
                        new Step("deliver", AT_WORK, List.of(Field.of("summary", Type.AREA, true))),
                        new Step("accept", Set.of("DELIVERED"), List.of()),
                        new Step("reject", Set.of("DELIVERED"), List.of(Field.of("reasons", Type.LINES, true))),
                        // surveyed once
                        new Step("satisfaction", Set.of("ACCEPTED"), view -> view.path("satisfaction").isMissingNode(),
                                List.of(new Field("score", Type.NUMBER, true, List.of("5", "4", "3", "2", "1")),
                                        Field.of("comment", Type.AREA, false))),
                        new Step("close", Set.of("ACCEPTED"), List.of())));

        final String name;
        final String api;
        final String idTemplate;
        final String page;
        final List<String> targets;
        final List<Step> steps;

        Kind(String name, String api, String idTemplate, String page, List<String> targets, List<Step> steps) {
            this.name = name;
            this.api = api;
            this.idTemplate = idTemplate;
            this.page = page;
            this.targets = targets;
            this.steps = steps;
        }

        Optional<Step> step(String name) {
            return steps.stream().filter(step -> step.name().equals(name)).findFirst();
        }
    }

    /** A fact of the case as the page lists it: its label's key and its value (a text key when coded). */
    record Fact(String label, String value, String code) {
    }

    /** A promise: due and met in the case's zone; standing as the SLA board shows it, or kept (on time or late). */
    record Promise(String target, String due, String met, String standing, Boolean onTime) {
    }

    /** One step of the timeline: what happened, who and when (in the case's zone), and its facts. */
    record Moment(long sequence, String type, String who, String staffId, String when, String at,
                  List<Map.Entry<String, String>> facts) {
    }

    /** What the page shows besides the case: a step done, a step refused, a disclosure's answer. */
    /** The upload form's name among the steps (its notice, its refusal). */
    static final String UPLOAD = "attachment";

    record Outcome(String done, String refused, String problem, Map<String, String> errors,
                   Map<String, String> form, Map<String, String> disclosed) {

        static final Outcome NONE = new Outcome(null, null, null, Map.of(), Map.of(), null);

        static Outcome done(String step) {
            return new Outcome(step, null, null, Map.of(), Map.of(), null);
        }
    }

    private final ConsoleView view;
    private final ConsoleApi api;
    private final ConsoleIntake intake;
    private final LiveQuery live;
    private final Map<Kind, String> aliases;
    private final ConsoleBehaviours behaviours;

    ConsoleCases(ConsoleView view, ConsoleApi api, ConsoleIntake intake, LiveQuery live, OpenComplaints complaints,
                 OpenServiceRequests requests, ConsoleBehaviours behaviours) {
        this.behaviours = behaviours;
        this.view = view;
        this.api = api;
        this.intake = intake;
        this.live = live;
        this.aliases = Map.of(Kind.COMPLAINT, complaints.alias(), Kind.SERVICE_REQUEST, requests.alias());
    }

    Mono<ServerResponse> complaintStream(ServerRequest request) {
        return stream(request, Kind.COMPLAINT);
    }

    Mono<ServerResponse> serviceRequestStream(ServerRequest request) {
        return stream(request, Kind.SERVICE_REQUEST);
    }

    /**
     * Tells the page the case's version (its view's last sequence) now and whenever it changes, read through the
     * API as the user (so "absent" out of scope); the page then offers a reload, never reloads a form being filled.
     */
    private Mono<ServerResponse> stream(ServerRequest request, Kind kind) {
        String id = request.pathVariable("id");
        String alias = aliases.get(kind);
        Flux<String> versions = live.watch(() -> api.get(request, apiPath(kind, id))
                        .map(found -> found.successful() ? found.json().path("lastSequence").asText("") : "absent"),
                change -> change.touches(alias, id), Function.identity(), live.minInterval());
        return ServerResponse.ok().contentType(MediaType.TEXT_EVENT_STREAM)
                .body(BodyInserters.fromServerSentEvents(live.events(versions, "case")));
    }

    Mono<ServerResponse> complaint(ServerRequest request) {
        return page(request, Kind.COMPLAINT);
    }

    Mono<ServerResponse> serviceRequest(ServerRequest request) {
        return page(request, Kind.SERVICE_REQUEST);
    }

    Mono<ServerResponse> complaintStep(ServerRequest request) {
        return step(request, Kind.COMPLAINT);
    }

    Mono<ServerResponse> serviceRequestStep(ServerRequest request) {
        return step(request, Kind.SERVICE_REQUEST);
    }

    Mono<ServerResponse> complaintDisclosure(ServerRequest request) {
        return disclose(request, Kind.COMPLAINT);
    }

    Mono<ServerResponse> serviceRequestDisclosure(ServerRequest request) {
        return disclose(request, Kind.SERVICE_REQUEST);
    }

    Mono<ServerResponse> complaintUpload(ServerRequest request) {
        return upload(request, Kind.COMPLAINT);
    }

    Mono<ServerResponse> serviceRequestUpload(ServerRequest request) {
        return upload(request, Kind.SERVICE_REQUEST);
    }

    /**
     * Passes the chosen file on to the API's upload, which decides on its name, size and type; added, the page
     * (its timeline lists the file with its hash); refused, the page with why beside the file field.
     */
    private Mono<ServerResponse> upload(ServerRequest request, Kind kind) {
        String id = request.pathVariable("id");
        return ConsoleUploads.forward(api, request, apiPath(kind, id) + "/attachments").flatMap(outcome -> {
            if (outcome.successful()) {
                URI page = UriComponentsBuilder.fromPath(kind.page + "/{id}").queryParam("done", UPLOAD)
                        .fragment("timeline").buildAndExpand(id).encode().toUri();
                return ServerResponse.status(HttpStatus.SEE_OTHER).location(page).build();
            }
            return show(request, kind, id, new Outcome(null, UPLOAD, outcome.problem(),
                    intake.localized(outcome.errors(), request), Map.of(), null),
                    HttpStatusCode.valueOf(outcome.status()));
        });
    }

    private Mono<ServerResponse> page(ServerRequest request, Kind kind) {
        String done = request.queryParam("done").filter(step -> "received".equals(step) || UPLOAD.equals(step)
                || kind.step(step).isPresent()).orElse(null);
        return show(request, kind, request.pathVariable("id"), done == null ? Outcome.NONE : Outcome.done(done),
                HttpStatus.OK);
    }

    /** Sends the step through the API; done, back to the page (POST-redirect-GET); refused, the page with why. */
    private Mono<ServerResponse> step(ServerRequest request, Kind kind) {
        String id = request.pathVariable("id");
        Optional<Step> found = kind.step(request.pathVariable("step"));
        if (found.isEmpty()) {
            return show(request, kind, id, Outcome.NONE, HttpStatus.NOT_FOUND);
        }
        Step step = found.get();
        return request.formData().flatMap(data -> {
            Map<String, String> form = new HashMap<>();
            step.fields().forEach(field -> form.put(field.name(), data.getFirst(field.name())));
            // a step without a body is still sent as JSON (commands are JSON only: cross-site request protection)
            Object body = step.fields().isEmpty() ? null : body(step, data);
            return api.post(request, apiPath(kind, id) + "/" + step.name(), body, data.getFirst("idempotencyKey"))
                    .flatMap(outcome -> {
                        if (outcome.successful()) {
                            URI page = UriComponentsBuilder.fromPath(kind.page + "/{id}")
                                    .queryParam("done", step.name()).fragment("timeline")
                                    .buildAndExpand(id).encode().toUri();
                            return ServerResponse.status(HttpStatus.SEE_OTHER).location(page).build();
                        }
                        return show(request, kind, id, new Outcome(null, step.name(), outcome.problem(),
                                intake.localized(outcome.errors(), request), form, null),
                                HttpStatusCode.valueOf(outcome.status()));
                    });
        });
    }

    /** The clear contact, recorded by the API with its purpose; shown in this answer only, never kept. */
    private Mono<ServerResponse> disclose(ServerRequest request, Kind kind) {
        String id = request.pathVariable("id");
        return request.formData().flatMap(data -> {
            String purpose = ConsoleIntake.value(data, "purpose");
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("purpose", purpose);
            // no idempotency key: every disclosure is a new one, recorded and counted (the API keeps no answer)
            return api.post(request, apiPath(kind, id) + "/customer-disclosures", body, null).flatMap(outcome -> {
                if (outcome.successful()) {
                    Map<String, String> disclosed = new HashMap<>();
                    disclosed.put("purpose", purpose);
                    for (String field : List.of("name", "phone", "email")) {
                        JsonNode value = outcome.json().path(field);
                        disclosed.put(field, value.isTextual() ? value.asText() : null);
                    }
                    return show(request, kind, id, new Outcome(null, null, null, Map.of(), Map.of(), disclosed),
                            HttpStatus.OK);
                }
                Map<String, String> form = new HashMap<>();
                form.put("purpose", data.getFirst("purpose"));
                return show(request, kind, id, new Outcome(null, "disclosure", outcome.problem(),
                        intake.localized(outcome.errors(), request), form, null),
                        HttpStatusCode.valueOf(outcome.status()));
            });
        });
    }

    private Mono<ServerResponse> show(ServerRequest request, Kind kind, String id, Outcome outcome,
                                      HttpStatusCode status) {
        // just after the user's own step the view may not have caught up yet (it follows the events): wait for it
        int tries = outcome.done() != null ? CATCH_UP_TRIES : 1;
        return StaffUser.current().flatMap(user -> read(request, kind, id, tries).flatMap(read -> {
            ConsoleApi.Outcome found = read.view();
            Map<String, Object> model = new HashMap<>();
            model.put("active", "sla");
            model.put("sheets", List.of("cases.css"));
            model.put("scripts", List.of("cases.js"));
            model.put("kind", kind.name);
            model.put("caseId", id);
            model.put("missing", false);
            model.put("denied", false);
            if (!found.successful()) {
                // not a case reader (403), or no such case within the scope (404, also for an id no case can have)
                boolean denied = found.status() == HttpStatus.FORBIDDEN.value();
                model.put("missing", !denied);
                model.put("denied", denied);
                return withStatus(view.render(request, "console/case", model),
                        denied ? HttpStatus.FORBIDDEN : HttpStatus.NOT_FOUND);
            }
            ConsoleApi.Outcome timeline = read.timeline();
            {
                JsonNode c = found.json();
                ZoneId zone = zone(c.path("timeZone").asText(null));
                model.put("zone", zone.getId());
                model.put("status", c.path("status").asText());
                // a verified complaint is a cause an improvement action may answer (000 §5.4 item 2)
                model.put("improveLink", kind == Kind.COMPLAINT
                        && List.of("VERIFIED", "ARCHIVED").contains(c.path("status").asText())
                        ? ConsolePaths.IMPROVEMENTS + ConsoleJson.query("subsidiaryId",
                        c.path("subsidiaryId").asText(null), "departmentId", c.path("departmentId").asText(null),
                        "cause.kind", "COMPLAINT", "cause.reference", id) + "#raise" : null);
                // an open complaint may be raised to an incident (000 §8: 重大客戶投訴)
                model.put("incidentLink", kind == Kind.COMPLAINT && List.of("RECEIVED", "FORWARDED", "CONTACTED",
                        "IN_HANDLING", "REOPENED").contains(c.path("status").asText())
                        && intake.mayPost(user, kind.api + "/" + kind.idTemplate + "/incident")
                        ? ConsolePaths.INCIDENTS + ConsoleJson.query("complaint", id) + "#raise-complaint" : null);
                model.put("version", c.path("lastSequence").asText(""));
                model.put("facts", facts(kind, c, zone));
                model.put("texts", texts(kind, c));
                model.put("promises", promises(kind, c, zone));
                model.put("customer", customer(c.path("customer")));
                model.put("customerId", c.path("customerId").asText(null));
                model.put("complainant", complainant(c));
                model.put("moments", timeline.successful() ? moments(timeline.json(), zone) : List.of());
                model.put("timelineRead", timeline.successful());
                List<Step> steps = kind.steps.stream().filter(step -> step.offeredFor(c))
                        .filter(step -> intake.mayPost(user, kind.api + "/" + kind.idTemplate + "/" + step.name()))
                        .toList();
                model.put("steps", steps);
                model.put("mayUpload", intake.mayPost(user, kind.api + "/" + kind.idTemplate + "/attachments"));
                model.put("mayDisclose", c.path("customer").isObject() && !c.path("customer").path("erased")
                        .asBoolean(false) && !c.path("customerErased").asBoolean(false)
                        && intake.mayPost(user, kind.api + "/" + kind.idTemplate + "/customer-disclosures"));
                model.put("outcome", outcome);
                model.put("errors", outcome.errors());
                model.put("form", outcome.form());
                model.put("idempotencyKey", UUID.randomUUID().toString());
                boolean verifying = steps.stream().anyMatch(step -> step.name().equals("verify"));
                return (verifying ? behaviours.of(request, c.path("subsidiaryId").asText(null))
                        : Mono.just(ConsoleBehaviours.Catalogue.NONE)).flatMap(catalogue -> {
                            model.put("steps", ConsoleBehaviours.verifyForm(steps, catalogue));
                            model.put("catalogue", catalogue);
                            return withStatus(view.render(request, "console/case", model), status);
                        });
            }
        }));
    }

    /** The case's view and, when it is there, its timeline. */
    private record Read(ConsoleApi.Outcome view, ConsoleApi.Outcome timeline) {

        /** Whether the view has applied every event the timeline holds (or cannot tell). */
        boolean current() {
            if (!view.successful()) {
                return false;
            }
            if (timeline == null || !timeline.successful() || timeline.json().isEmpty()) {
                return true;
            }
            long last = timeline.json().get(timeline.json().size() - 1).path("sequence").asLong();
            return view.json().path("lastSequence").asLong(-1) >= last;
        }
    }

    /** How often, and how far apart, the page reads again for a view that has not yet caught up with a step. */
    private static final int CATCH_UP_TRIES = 25;
    private static final Duration CATCH_UP_PAUSE = Duration.ofMillis(200);

    private Mono<Read> read(ServerRequest request, Kind kind, String id, int tries) {
        Mono<Read> read = api.get(request, apiPath(kind, id)).flatMap(found -> !found.successful()
                ? Mono.just(new Read(found, null))
                : api.get(request, apiPath(kind, id) + "/timeline").map(timeline -> new Read(found, timeline)));
        if (tries <= 1) {
            return read;
        }
        return read.flatMap(answer -> answer.current() || answer.view().status() == HttpStatus.FORBIDDEN.value()
                ? Mono.just(answer)
                : Mono.delay(CATCH_UP_PAUSE).then(read(request, kind, id, tries - 1)));
    }

    private static String apiPath(Kind kind, String id) {
        return UriComponentsBuilder.fromPath(kind.api + "/{id}").buildAndExpand(id).encode().toUriString();
    }

    /** The step's body from its form: blank fields left out, lists a line each, times with the case's offset. */
    static Map<String, Object> body(Step step, MultiValueMap<String, String> data) {
        Map<String, Object> body = new LinkedHashMap<>();
        ZoneId zone = zone(data.getFirst("zone"));
        for (Field field : step.fields()) {
            String value = ConsoleIntake.value(data, field.name());
            if (value == null) {
                continue;
            }
            body.put(field.name(), switch (field.type()) {
                case LINES -> value.lines().map(String::strip).filter(line -> !line.isEmpty()).toList();
                case NUMBER -> number(value);
                case YES_NO -> "true".equals(value) ? Boolean.TRUE : "false".equals(value) ? Boolean.FALSE : value;
                case LOCAL_TIME -> offsetTime(value, zone);
                default -> value;
            });
        }
        return body;
    }

    /** A whole number, else the text as typed (the API names the field). */
    private static Object number(String value) {
        try {
            return Integer.valueOf(value);
        } catch (NumberFormatException e) {
            return value;
        }
    }

    /** {@code 2026-12-08T10:00} in the case's zone, with its offset; else the text as typed (the API names it). */
    private static String offsetTime(String value, ZoneId zone) {
        try {
            return LocalDateTime.parse(value).atZone(zone).toOffsetDateTime().toString();
        } catch (DateTimeParseException e) {
            return value;
        }
    }

    static ZoneId zone(String zone) {
        if (zone == null || zone.isBlank()) {
            return ZoneOffset.UTC;
        }
        try {
            return ZoneId.of(zone);
        } catch (DateTimeException e) {
            return ZoneOffset.UTC;
        }
    }

    private static String when(String instant, ZoneId zone) {
        if (instant == null || instant.isEmpty()) {
            return null;
        }
        try {
            return ConsoleSla.WHEN.format(Instant.parse(instant).atZone(zone));
        } catch (DateTimeParseException e) {
            return instant;
        }
    }

    private static List<Fact> facts(Kind kind, JsonNode c, ZoneId zone) {
        List<Fact> facts = new ArrayList<>();
        String unit = Stream.of("subsidiaryId", "departmentId", "postId", "staffId")
                .map(field -> c.path(field).asText(null)).filter(value -> value != null && !value.isEmpty())
                .reduce((a, b) -> a + " / " + b).orElse("—");
        facts.add(new Fact("cases.fact.unit", unit, null));
        facts.add(new Fact("cases.fact.channel", null, code("intake.channel.", c.path("channel"))));
        if (kind == Kind.COMPLAINT) {
            facts.add(new Fact("cases.fact.urgency", null, code("intake.urgency.", c.path("urgency"))));
            facts.add(new Fact("cases.fact.handler", c.path("handlerId").asText(null), null));
            facts.add(new Fact("cases.fact.departmentHead", c.path("departmentHeadId").asText(null), null));
            facts.add(new Fact("cases.fact.reopened", c.path("reopenCount").asText("0"), null));
            facts.add(new Fact("cases.fact.satisfaction", c.path("satisfaction").asText(null), null));
            facts.add(new Fact("cases.fact.misconduct", null, code("cases.option.misconduct.", c.path("misconduct"))));
            facts.add(new Fact("cases.fact.responsible", c.path("responsibleStaffId").asText(null), null));
            facts.add(new Fact("cases.fact.escalated", when(c.path("escalatedAt").asText(null), zone), null));
            facts.add(new Fact("cases.fact.escalationCause", null, code("cases.value.", c.path("escalationCause"))));
            facts.add(new Fact("cases.fact.closedUnresolved", when(c.path("closedUnresolvedAt").asText(null), zone),
                    null));
            facts.add(new Fact("cases.fact.closedUnresolvedBy", c.path("closedUnresolvedBy").asText(null), null));
            facts.add(new Fact("cases.fact.handlingEvaluation", c.path("handlingEvaluation").asText(null), null));
        } else {
            facts.add(new Fact("cases.fact.category", null, code("intake.category.", c.path("category"))));
            facts.add(new Fact("cases.fact.assignee", c.path("assigneeId").asText(null), null));
            facts.add(new Fact("cases.fact.owner", c.path("ownerId").asText(null), null));
            facts.add(new Fact("cases.fact.difficulty", null, code("cases.option.difficulty.", c.path("difficulty"))));
            facts.add(new Fact("cases.fact.agreedDue", when(c.path("agreedDueAt").asText(null), zone), null));
            facts.add(new Fact("cases.fact.satisfaction", c.path("satisfaction").asText(null), null));
            facts.add(new Fact("cases.fact.closedWithoutSurvey",
                    c.path("closedWithoutSurvey").asBoolean() ? when(c.path("closedAt").asText(null), zone) : null,
                    null));
        }
        facts.add(new Fact("cases.fact.received", when(c.path("receivedAt").asText(null), zone), null));
        facts.add(new Fact("cases.fact.policy", c.path("policyVersion").asText(null), null));
        return facts.stream().filter(fact -> fact.value() != null || fact.code() != null).toList();
    }

    private static String code(String prefix, JsonNode value) {
        return value.isTextual() ? prefix + value.asText() : null;
    }

    /** The case's words, as the API shows them (personal data in them masked). */
    private static List<Fact> texts(Kind kind, JsonNode c) {
        List<String> fields = kind == Kind.COMPLAINT
                ? List.of("content", "demand", "dismissalExplanation", "resolution", "unresolvedReason",
                        "investigationFindings", "departmentSolution", "reportedResult", "finalResult")
                : List.of("description", "missingItems", "nature", "resources", "goal", "steps", "lastDelayReason",
                        "deliverySummary", "lastRejectionReasons", "satisfactionComment");
        List<Fact> texts = new ArrayList<>();
        for (String field : fields) {
            JsonNode value = c.path(field);
            String text = value.isArray() ? String.join("\n", stream(value).map(JsonNode::asText).toList())
                    : value.isTextual() ? value.asText() : null;
            if (text != null && !text.isBlank()) {
                texts.add(new Fact("cases.text." + field, text, null));
            }
        }
        return texts;
    }

    private static List<Promise> promises(Kind kind, JsonNode c, ZoneId zone) {
        List<Promise> promises = new ArrayList<>();
        for (String target : kind.targets) {
            JsonNode facts = c.path("sla").path(target);
            String due = when(facts.path("dueAt").asText(null), zone);
            if (due == null) {
                continue;
            }
            String met = when(facts.path("metAt").asText(null), zone);
            OpenCase.Standing standing = OpenCase.standing(facts.path("breached").asBoolean(false),
                    facts.path("warnings").asInt(0));
            Boolean onTime = facts.path("onTime").isBoolean() ? facts.path("onTime").asBoolean() : null;
            promises.add(new Promise(target, due, met, standing.name(), onTime));
        }
        return promises;
    }

    /** The customer as the API shows them: masked (or erased). */
    private static Map<String, Object> customer(JsonNode customer) {
        if (!customer.isObject()) {
            return null;
        }
        Map<String, Object> shown = new HashMap<>();
        for (String field : List.of("name", "phone", "email")) {
            shown.put(field, customer.path(field).asText(null));
        }
        shown.put("erased", customer.path("erased").asBoolean(false));
        return shown;
    }

    private static List<Moment> moments(JsonNode steps, ZoneId zone) {
        return stream(steps).map(step -> {
            List<Map.Entry<String, String>> facts = new ArrayList<>();
            step.path("facts").fields().forEachRemaining(fact -> facts.add(Map.entry(fact.getKey(),
                    fact.getValue().asText())));
            return new Moment(step.path("sequence").asLong(), step.path("type").asText(),
                    step.path("principal").asText(null), step.path("staffId").asText(null),
                    when(step.path("at").asText(null), zone), step.path("at").asText(null), facts);
        }).toList();
    }

    private static Stream<JsonNode> stream(JsonNode array) {
        List<JsonNode> items = new ArrayList<>();
        array.forEach(items::add);
        return items.stream();
    }

    /** The rendered page with another status (a refusal's 4xx, a missing case's 404). */
    static Mono<ServerResponse> withStatus(Mono<ServerResponse> rendered, HttpStatusCode status) {
        if (status.value() == HttpStatus.OK.value()) {
            return rendered;
        }
        return rendered.flatMap(response -> response instanceof RenderingResponse page
                ? RenderingResponse.from(page).status(status).build().cast(ServerResponse.class)
                : Mono.just(response));
    }

    /**
     * The complaining department of a department's complaint (002 第5篇 二.2), who raised it and whose head answered
     * its callback; null for a customer's.
     */
    static Map<String, String> complainant(JsonNode c) {
        if (!"DEPARTMENT".equals(c.path("complainantKind").asText(null))) {
            return null;
        }
        Map<String, String> complainant = new LinkedHashMap<>();
        complainant.put("departmentId", c.path("complainingDepartmentId").asText("—"));
        complainant.put("raisedBy", c.path("raisedBy").asText("—"));
        complainant.put("answeredBy", c.path("callbackAnsweredBy").asText("—"));
        return complainant;
    }
}
