package com.serviceledger.query.console;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.DateTimeException;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.stereotype.Component;
import org.springframework.util.MultiValueMap;
import org.springframework.web.reactive.function.server.ServerRequest;
import org.springframework.web.reactive.function.server.ServerResponse;
import reactor.core.publisher.Mono;

/**
 * The directory for administrators: a subsidiary's departments, posts, position holders and unit contacts, a staff
 * member's arrangement and its history, and a form for each directory command. Every form posts to the API's
 * command as the user (with the form's idempotency key) and shows its refusal beside the fields it names.
 */
@Component
class ConsoleAdminDirectory {

    static final String PATH = ConsolePaths.ADMIN + "/directory";

    enum Type { TEXT, EMAIL, SELECT, WHEN }

    /** A field of a directory form: the API body's field name, its input, its choices, whether it must be given. */
    record Field(String name, Type type, List<String> options, boolean required) {

        static Field text(String name, boolean required) {
            return new Field(name, Type.TEXT, List.of(), required);
        }

        static Field choice(String name, boolean required, String... options) {
            return new Field(name, Type.SELECT, List.of(options), required);
        }
    }

    /**
     * A directory command's form; its API address names the subsidiary as {sub} or the staff member as {staff}.
     *
     * @param staff whether it acts on a staff member (shown with the staff member)
     */
    record Form(String id, String api, boolean staff, List<Field> fields) {
    }

    private static final String[] LANGUAGES = {"zh-CN", "en"};
    private static final String[] DEPARTMENT_KINDS = {"CUSTOMER_SERVICE", "BUSINESS", "SUPPORT", "MANAGEMENT",
            "TECHNICAL"};
    private static final String[] POSITIONS = {"DEPARTMENT_HEAD", "QUALITY_SUPERVISOR", "MANAGEMENT", "MANAGER",
            "TECHNICAL_DEPARTMENT", "OPERATIONS_STAFF"};
    private static final Field WHEN = new Field("effectiveFrom", Type.WHEN, List.of(), false);

    static final List<Form> FORMS = List.of(
            new Form("subsidiary", "/api/organisation/subsidiaries", false, List.of(Field.text("subsidiaryId", true),
                    Field.text("name", true), Field.text("timeZone", true))),
            new Form("department", "/api/organisation/subsidiaries/{sub}/departments", false, List.of(
                    Field.text("departmentId", true), Field.text("name", true),
                    Field.choice("kind", true, DEPARTMENT_KINDS))),
            new Form("post", "/api/organisation/subsidiaries/{sub}/posts", false, List.of(Field.text("postId", true),
                    Field.text("departmentId", true), Field.text("name", true))),
            new Form("appoint", "/api/organisation/subsidiaries/{sub}/positions", false, List.of(
                    Field.choice("position", true, POSITIONS), Field.text("staffId", true),
                    Field.text("departmentId", false))),
            new Form("relieve", "/api/organisation/subsidiaries/{sub}/positions/relief", false, List.of(
                    Field.choice("position", true, POSITIONS), Field.text("staffId", true),
                    Field.text("departmentId", false))),
            new Form("unitContact", "/api/organisation/subsidiaries/{sub}/unit-contacts", false, List.of(
                    Field.text("siteId", true), Field.text("contractorId", false),
                    Field.choice("kind", true, "CONTRACTOR", "OWNERS_COMMITTEE"), Field.text("name", true),
                    new Field("email", Type.EMAIL, List.of(), true), Field.choice("language", false, LANGUAGES))),
            new Form("hire", "/api/organisation/staff", false, List.of(Field.text("staffId", true),
                    Field.text("name", true), Field.text("departmentId", true), Field.text("postId", false),
                    Field.text("supervisorId", false), Field.text("groupLeaderId", false),
                    new Field("email", Type.EMAIL, List.of(), false), Field.choice("language", false, LANGUAGES))),
            new Form("transfer", "/api/organisation/staff/{staff}/transfer", true, List.of(
                    Field.text("departmentId", true), Field.text("postId", false), WHEN)),
            new Form("supervisor", "/api/organisation/staff/{staff}/supervisor", true, List.of(
                    Field.text("supervisorId", false), Field.text("groupLeaderId", false), WHEN)),
            new Form("contact", "/api/organisation/staff/{staff}/contact", true, List.of(
                    new Field("email", Type.EMAIL, List.of(), false), Field.choice("language", false, LANGUAGES))),
            new Form("departure", "/api/organisation/staff/{staff}/departure", true, List.of(WHEN)));

    /** A refused form: which, what was typed, the summary and the field errors. */
    record Refusal(String form, Map<String, String> values, String problem, Map<String, String> errors,
                   List<String> otherErrors) {
    }

    private final ConsoleAdmin admin;
    private final ConsoleApi api;

    ConsoleAdminDirectory(ConsoleAdmin admin, ConsoleApi api) {
        this.admin = admin;
        this.api = api;
    }

    Mono<ServerResponse> page(ServerRequest request) {
        return shown(request, ConsoleAdmin.param(request, "subsidiary").orElse(null),
                ConsoleAdmin.param(request, "staff").orElse(null), null, HttpStatus.OK);
    }

    /** One directory command from its form; back to the page (POST-redirect-GET), or the form with its errors. */
    Mono<ServerResponse> command(ServerRequest request) {
        Form form = FORMS.stream().filter(f -> f.id().equals(request.pathVariable("form"))).findFirst().orElse(null);
        if (form == null) {
            return ServerResponse.notFound().build();
        }
        return request.formData().flatMap(data -> {
            String subsidiary = blankAsNull(data.getFirst("subsidiary"));
            String staff = blankAsNull(data.getFirst("staff"));
            Map<String, String> values = new LinkedHashMap<>();
            form.fields().forEach(field -> values.put(field.name(), strip(data.getFirst(field.name()))));
            boolean needsUnit = form.api().contains("{sub}") || form.id().equals("hire");
            if ((needsUnit && !ConsoleAdmin.id(subsidiary)) || (form.staff() && !ConsoleAdmin.id(staff))) {
                return shown(request, subsidiary, staff, new Refusal(form.id(), values, null, Map.of(),
                        List.of("admin.directory.noUnit")), HttpStatus.BAD_REQUEST);
            }
            Map<String, Object> body = new LinkedHashMap<>();
            Map<String, String> errors = new LinkedHashMap<>();
            for (Field field : form.fields()) {
                String value = values.get(field.name());
                if (value == null) {
                    continue;
                }
                if (field.type() == Type.WHEN) {
                    try {
                        body.put(field.name(), LocalDateTime.parse(value).atZone(zone(data)).toInstant().toString());
                    } catch (DateTimeParseException unreadable) {
                        errors.put(field.name(), null); // the template says it in the page's language
                    }
                } else {
                    body.put(field.name(), value);
                }
            }
            if (form.id().equals("hire")) {
                body.put("subsidiaryId", subsidiary);
            }
            if (!errors.isEmpty()) {
                return shown(request, subsidiary, staff, new Refusal(form.id(), values, null, errors, List.of()),
                        HttpStatus.BAD_REQUEST);
            }
            String path = form.api().replace("{sub}", subsidiary == null ? "" : subsidiary)
                    .replace("{staff}", staff == null ? "" : staff);
            return api.post(request, path, body, data.getFirst("key")).flatMap(outcome -> {
                if (outcome.successful()) {
                    String shownStaff = form.id().equals("hire") ? values.get("staffId") : staff;
                    String shownUnit = form.id().equals("subsidiary") ? values.get("subsidiaryId") : subsidiary;
                    Map<String, String> query = new LinkedHashMap<>();
                    query.put("subsidiary", shownUnit);
                    query.put("staff", shownStaff);
                    query.put("done", form.id());
                    return ConsoleAdmin.redirect(PATH, query);
                }
                Map<String, String> fieldErrors = new LinkedHashMap<>();
                List<String> other = new java.util.ArrayList<>();
                outcome.errors().forEach((name, message) -> {
                    if (values.containsKey(name)) {
                        fieldErrors.put(name, message);
                    } else {
                        other.add(name + ": " + message);
                    }
                });
                return shown(request, subsidiary, staff, new Refusal(form.id(), values, outcome.problem(),
                        fieldErrors, other), ConsoleAdmin.refused(outcome));
            });
        });
    }

    private Mono<ServerResponse> shown(ServerRequest request, String subsidiary, String staff, Refusal refusal,
                                       HttpStatusCode status) {
        Map<String, Object> model = admin.model("directory");
        model.put("subsidiary", subsidiary);
        model.put("staff", staff);
        model.put("forms", FORMS);
        model.put("key", UUID.randomUUID().toString());
        model.put("refusal", refusal);
        ConsoleAdmin.param(request, "done").filter(done -> FORMS.stream().anyMatch(f -> f.id().equals(done)))
                .ifPresent(done -> model.put("done", done));
        Mono<ConsoleApi.Outcome> unit = ConsoleAdmin.id(subsidiary)
                ? api.get(request, "/api/organisation/subsidiaries/" + subsidiary) : Mono.just(none());
        Mono<ConsoleApi.Outcome> member = ConsoleAdmin.id(staff)
                ? api.get(request, "/api/organisation/staff/" + staff) : Mono.just(none());
        model.put("badSubsidiary", subsidiary != null && !ConsoleAdmin.id(subsidiary));
        model.put("badStaff", staff != null && !ConsoleAdmin.id(staff));
        return Mono.zip(unit, member).flatMap(both -> {
            read(both.getT1(), "unit", model);
            read(both.getT2(), "member", model);
            return ConsoleAdmin.units(model);
        }).flatMap(m -> admin.render(request, status, "console/admin-directory", m));
    }

    /** The answer as the template reads it, or why there is none (unknown, out of scope). */
    private void read(ConsoleApi.Outcome outcome, String name, Map<String, Object> model) {
        if (outcome.status() == 0) {
            return;
        }
        if (outcome.successful()) {
            model.put(name, admin.tree(outcome.json()));
            JsonNode zone = outcome.json().path("timeZone");
            if (zone.isTextual()) {
                model.put("zone", zone.asText());
            }
        } else {
            model.put(name + "Missing", outcome.status() == 404);
            model.put(name + "Problem", outcome.problem());
        }
    }

    private static ConsoleApi.Outcome none() {
        return new ConsoleApi.Outcome(0, com.fasterxml.jackson.databind.node.MissingNode.getInstance(), Map.of());
    }

    /** The zone a form's times are typed in: the subsidiary's, else UTC. */
    private static ZoneId zone(MultiValueMap<String, String> data) {
        try {
            String zone = data.getFirst("zone");
            return zone == null || zone.isBlank() ? ZoneOffset.UTC : ZoneId.of(zone);
        } catch (DateTimeException unknown) {
            return ZoneOffset.UTC;
        }
    }

    private static String strip(String value) {
        return blankAsNull(value == null ? null : value.strip());
    }

    private static String blankAsNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
