package com.serviceledger.query.console;

import com.fasterxml.jackson.databind.JsonNode;
import com.serviceledger.platform.security.StaffUser;
import com.serviceledger.platform.web.InProcessApi;
import com.serviceledger.query.security.QueryAccessRules;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.reactive.function.BodyInserters;
import org.springframework.web.reactive.function.server.ServerRequest;
import org.springframework.web.reactive.function.server.ServerResponse;
import reactor.core.publisher.Mono;

/**
 * The reports page: a unit's or a staff member's evaluation report for a month, quarter or year, as the API
 * answers it (GET /api/reports/units/{sub}, /api/reports/staff/{staffId}), a table per section, and its CSV
 * downloaded through the console: the API's own CSV (its columns defined once, there), streamed back as an
 * attachment.
 */
@Component
class ConsoleReports {

    static final List<String> PERIODS = List.of("month", "quarter", "year");
    private static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

    /** What the form asks for: a unit (subsidiary, optionally a department or post) or a staff member. */
    record Query(String subject, String subsidiary, String department, String post, String staff, String period,
                 String at) {

        static Query of(ServerRequest request) {
            String subject = "staff".equals(ConsoleJson.param(request, "subject")) ? "staff" : "unit";
            String period = ConsoleJson.param(request, "period");
            return new Query(subject, ConsoleJson.param(request, "subsidiary"), ConsoleJson.param(request, "department"),
                    ConsoleJson.param(request, "post"), ConsoleJson.param(request, "staff"),
                    period == null ? "month" : period, ConsoleJson.param(request, "at"));
        }

        /** Whether the form names what to report on. */
        boolean asked() {
            return subject.equals("staff") ? staff != null : subsidiary != null;
        }

        /** The API's address of the report, with the format asked for. */
        String api(String format) {
            String base = subject.equals("staff") ? "/api/reports/staff/" + ConsoleJson.segment(staff)
                    : "/api/reports/units/" + ConsoleJson.segment(subsidiary);
            return base + ConsoleJson.query("period", period, "at", at,
                    "departmentId", subject.equals("unit") ? department : null,
                    "postId", subject.equals("unit") ? post : null, "format", format);
        }

        /** The page's own query string, for the CSV link. */
        String query() {
            return ConsoleJson.query("subject", subject, "subsidiary", subsidiary, "department", department,
                    "post", post, "staff", staff, "period", period, "at", at);
        }
    }

    /** What the report is of: its subject and id, and its period (from inclusive, to exclusive). */
    record Heading(String subject, String id, String periodKey, String from, String to) {
    }

    record Figure(String name, String label, String value) {
    }

    record Section(String name, String label, List<Figure> figures) {
    }

    private final ConsoleView view;
    private final ConsoleApi api;
    private final MessageSource messages;

    ConsoleReports(ConsoleView view, ConsoleApi api, MessageSource messages) {
        this.view = view;
        this.api = api;
        this.messages = messages;
    }

    Mono<ServerResponse> page(ServerRequest request) {
        Query query = Query.of(request);
        Locale locale = ConsoleView.locale(request);
        return StaffUser.current().flatMap(user -> {
            Map<String, Object> model = new HashMap<>();
            model.put("active", "reports");
            model.put("sheets", List.of("quality.css"));
            model.put("query", query);
            model.put("periods", PERIODS);
            model.put("subsidiaries", user.scope().subsidiaries().keySet().stream().sorted().toList());
            model.put("thisMonth", YearMonth.now().toString());
            boolean allowed = QueryAccessRules.readsFigures(user);
            model.put("allowed", allowed);
            Map<String, String> values = new HashMap<>();
            values.put("subsidiary", query.subsidiary());
            values.put("department", query.department());
            values.put("post", query.post());
            values.put("staff", query.staff());
            model.put("form", new ConsoleForm(null, values, Map.of(), null));
            if (!allowed || !query.asked()) {
                return view.render(request, "console/reports", model);
            }
            return api.get(request, query.api(null)).flatMap(outcome -> {
                if (outcome.successful()) {
                    JsonNode report = outcome.json();
                    model.put("report", new Heading(report.path("subject").asText(), report.path("id").asText(),
                            report.path("periodKey").asText(), report.path("from").asText(),
                            report.path("to").asText()));
                    model.put("sections", sections(outcome.json(), locale));
                    model.put("notes", ConsoleJson.texts(outcome.json(), "notes"));
                    model.put("csv", ConsolePaths.REPORTS + "/report.csv" + query.query());
                } else {
                    // the API names its parameters (period, at, subsidiaryId ...): beside the form's fields
                    Map<String, String> errors = new LinkedHashMap<>();
                    outcome.errors().forEach((field, message) -> errors.put(formField(field), message));
                    model.put("form", new ConsoleForm(null, values, errors, null));
                    model.put("problem", outcome.status() == 404
                            ? messages.getMessage("reports.notFound", null, locale) : outcome.problem());
                }
                return view.render(request, "console/reports", model);
            });
        });
    }

    /**
     * The report's CSV as the API writes it (UTF-8 with a byte order mark, RFC 4180, formulas guarded), as an
     * attachment with a file name; the API's refusal as it is (problem+json) when there is one.
     */
    Mono<ServerResponse> csv(ServerRequest request) {
        Query query = Query.of(request);
        if (!query.asked()) {
            return ServerResponse.badRequest().contentType(MediaType.TEXT_PLAIN)
                    .bodyValue(messages.getMessage("reports.csv.unnamed", null, ConsoleView.locale(request)));
        }
        return api.answer(request, HttpMethod.GET, query.api("csv"), null, null).flatMap(answer -> {
            MediaType type = answer.headers().getContentType();
            if (!answer.successful()) {
                return ServerResponse.status(answer.status())
                        .contentType(type == null ? MediaType.APPLICATION_PROBLEM_JSON : type)
                        .bodyValue(answer.body());
            }
            return ServerResponse.ok().contentType(CSV)
                    .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                            .filename(fileName(answer, query)).build().toString())
                    .header(HttpHeaders.CACHE_CONTROL, "no-store")
                    .body(BodyInserters.fromValue(answer.body().getBytes(StandardCharsets.UTF_8)));
        });
    }

    /** The API's file name when it gives one, else one made of the subject and period. */
    private static String fileName(InProcessApi.Answer answer, Query query) {
        String given = answer.headers().getContentDisposition().getFilename();
        if (given != null && !given.isBlank()) {
            return given;
        }
        return ("report-" + query.subject() + "-" + (query.subject().equals("staff") ? query.staff()
                : query.subsidiary()) + "-" + query.at()).replaceAll("[^A-Za-z0-9._-]", "_") + ".csv";
    }

    private List<Section> sections(JsonNode report, Locale locale) {
        Map<String, List<Figure>> bySection = new LinkedHashMap<>();
        for (JsonNode figure : report.path("figures")) {
            String section = figure.path("section").asText();
            String name = figure.path("figure").asText();
            bySection.computeIfAbsent(section, s -> new ArrayList<>())
                    .add(new Figure(name, label("reports.figure.", name, locale), value(figure.path("value"), locale)));
        }
        List<Section> sections = new ArrayList<>();
        bySection.forEach((name, figures) -> sections.add(new Section(name, label("reports.section.", name, locale),
                figures)));
        return sections;
    }

    /** The on-time figures of each kind of work: {@code <kind> on time}, {@code <kind> rate} ... */
    private static final List<String> SUFFIXES = List.of("rate against original due time", "on time", "settled",
            "rate");

    /**
     * The figure's name in the user's language when the bundle has it (an on-time figure as its kind and its
     * measure), else as the API (and the CSV) name it.
     */
    private String label(String prefix, String name, Locale locale) {
        String known = messages.getMessage(prefix + key(name), null, null, locale);
        if (known != null) {
            return known;
        }
        for (String suffix : SUFFIXES) {
            if (prefix.equals("reports.figure.") && name.endsWith(" " + suffix)) {
                String kind = messages.getMessage("reports.kind." + key(name.substring(0, name.length()
                        - suffix.length() - 1)), null, null, locale);
                if (kind != null) {
                    return messages.getMessage("reports.measure." + key(suffix), new Object[] {kind}, name, locale);
                }
            }
        }
        return name;
    }

    private static String key(String name) {
        return name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
    }

    /** Whole numbers as they are, fractions to four places; a yes/no in words; a dash for nothing. */
    private String value(JsonNode value, Locale locale) {
        if (value.isNull() || value.isMissingNode()) {
            return "—";
        }
        if (value.isBoolean()) {
            return messages.getMessage(value.asBoolean() ? "reports.yes" : "reports.no", null, locale);
        }
        if (value.isIntegralNumber()) {
            return value.asText();
        }
        if (value.isNumber()) {
            BigDecimal decimal = value.decimalValue().setScale(4, RoundingMode.HALF_UP).stripTrailingZeros();
            return decimal.scale() < 0 ? decimal.setScale(0).toPlainString() : decimal.toPlainString();
        }
        return value.asText();
    }

    /** The form's field for a parameter the API names. */
    private static String formField(String parameter) {
        return switch (parameter) {
            case "subsidiaryId" -> "subsidiary";
            case "departmentId" -> "department";
            case "postId" -> "post";
            case "staffId" -> "staff";
            default -> parameter;
        };
    }
}
