package com.serviceledger.query.console;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.serviceledger.platform.security.StaffUser;
import com.serviceledger.query.complaint.OpenComplaints;
import com.serviceledger.query.inspection.InspectionViewsProperties;
import com.serviceledger.query.live.LiveQuery;
import com.serviceledger.query.metrics.MetricPeriod;
import com.serviceledger.query.satisfaction.RatingViewProperties;
import com.serviceledger.query.security.QueryAccessRules;
import com.serviceledger.query.security.ReadScope;
import com.serviceledger.query.servicerequest.OpenServiceRequests;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.http.codec.ServerSentEvent;
import org.springframework.stereotype.Component;
import org.springframework.web.reactive.function.BodyInserters;
import org.springframework.web.reactive.function.server.ServerRequest;
import org.springframework.web.reactive.function.server.ServerResponse;
import org.springframework.web.util.UriUtils;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The dashboard: the three metrics of the metric API (complaint rate, on-time completion by kind, satisfaction with
 * its target) as charts and tables, with the change against the previous period and a drill-down from each bar to
 * the cases behind it. Every figure is the API's own answer, read through the API in process as the signed-in user
 * ({@link ConsoleApi}): the console defines no metric and checks no scope of its own. Live: a stream re-reads the
 * same three answers whenever a view they count changes and tells the page (by a digest of the answers) when they
 * differ from what it shows.
 */
@Component
class ConsoleDashboard {

    static final String EVENT = "figures";
    static final String COMPLAINT_RATE = "complaint-rate";
    static final String ON_TIME = "on-time-completion";
    static final String SATISFACTION = "satisfaction-trend";
    static final List<String> METRICS = List.of(COMPLAINT_RATE, ON_TIME, SATISFACTION);
    static final List<String> PERIODS = List.of("day", "week", "month", "quarter", "year");
    static final List<String> GROUPINGS = List.of("none", "subsidiary", "department", "post", "channel");
    static final List<String> KINDS = List.of("service-request", "complaint-resolution", "rectification", "contact",
            "on-site", "callback");
    /** The grouping's filter parameter in the metric API and in the case searches. */
    private static final Map<String, String[]> PARAMETERS = Map.of("subsidiary", new String[]{"subsidiaryId",
            "subsidiary"}, "department", new String[]{"departmentId", "department"}, "post", new String[]{"postId",
            "post"}, "channel", new String[]{"channel", "channel"});
    /**
     * Where "today" is for the default range: the regulations' (and the demo's) zone. Only the default end of the
     * range depends on it; the figures are counted in each subsidiary's own calendar by the API.
     */
    private static final ZoneId TODAY_ZONE = ZoneId.of("Asia/Shanghai");
    /** Below this a change shows as none (a tenth of a percentage point rounds to 0.0). */
    private static final double SAME = 0.0005;

    /**
     * The controls of the form, as the address carries them: unknown choices fall back to the default, the dates are
     * passed to the API as given (its 400 names a bad one, shown beside its field).
     */
    record Controls(String period, String groupBy, String from, String to, String kind, String subsidiary,
                    String department) {

        /** Periods shown by default, the current one last. */
        private static final Map<String, Integer> SPAN = Map.of("day", 14, "week", 8, "month", 6, "quarter", 4,
                "year", 3);

        static Controls of(ServerRequest request, LocalDate today) {
            String period = choice(request, "period", PERIODS, "month");
            MetricPeriod calendar = MetricPeriod.valueOf(period.toUpperCase(Locale.ROOT));
            String from = text(request, "from");
            String to = text(request, "to");
            if (to == null) {
                to = calendar.next(calendar.start(today)).toString();
            }
            if (from == null) {
                LocalDate start = calendar.start(today);
                for (int i = 1; i < SPAN.get(period); i++) {
                    start = calendar.previous(start);
                }
                from = start.toString();
            }
            return new Controls(period, choice(request, "groupBy", GROUPINGS, "none"), from, to,
                    choice(request, "kind", KINDS, null), text(request, "subsidiaryId"),
                    text(request, "departmentId"));
        }

        boolean grouped() {
            return !"none".equals(groupBy);
        }

        /** The metric API's parameters for one metric (the kind only for on-time completion). */
        String apiQuery(String metric) {
            Map<String, String> query = common();
            if (ON_TIME.equals(metric) && kind != null) {
                query.put("kind", kind);
            }
            return "?" + queryOf(query);
        }

        /** The page's own parameters: for the form's links, the figures' reload and the stream. */
        String pageQuery() {
            Map<String, String> query = common();
            query.put("kind", kind);
            return "?" + queryOf(query);
        }

        private Map<String, String> common() {
            Map<String, String> query = new LinkedHashMap<>();
            query.put("period", period);
            query.put("from", from);
            query.put("to", to);
            query.put("groupBy", groupBy);
            query.put("subsidiaryId", subsidiary);
            query.put("departmentId", department);
            return query;
        }

        private static String choice(ServerRequest request, String name, List<String> choices, String otherwise) {
            String value = text(request, name);
            return value != null && choices.contains(value) ? value : otherwise;
        }
    }

    /**
     * One bucket as the table shows it.
     *
     * @param value     the API's value, unrounded (null when nothing was counted), for the tests and the chart
     * @param shown     the value as a percentage, or a dash
     * @param change    the change against the group's previous period in percentage points, or null
     * @param direction better, worse, same, or none (no change to tell)
     * @param drill     the page of the cases behind the bucket, or null where no search can select them
     */
    record Row(String series, String seriesLabel, String period, String group, String groupLabel, long numerator,
               long denominator, Double value, String shown, String change, String direction, String drill) {
    }

    /** A series' latest period over all groups, against the period before it. */
    record Headline(String series, String label, String period, String shown, String previous, String change, String direction,
                    long numerator, long denominator) {
    }

    /**
     * One metric: its figures, or the API's refusal.
     *
     * @param data the chart's data (JSON) for dashboard.js
     */
    record Chart(String metric, String title, String problem, List<Headline> headlines, List<Row> rows, String data,
                 String target) {
    }

    /** One case behind a bucket. */
    record Case(String kind, String id, String link, String received, String unit, String channel, String status,
                boolean dismissed) {
    }

    private final ConsoleView view;
    private final ConsoleApi api;
    private final MessageSource messages;
    private final LiveQuery live;
    private final ObjectMapper json;
    private final Set<String> counted;

    ConsoleDashboard(ConsoleView view, ConsoleApi api, MessageSource messages, LiveQuery live, ObjectMapper json,
                     OpenComplaints complaints, OpenServiceRequests requests, RatingViewProperties ratings,
                     InspectionViewsProperties inspections) {
        this.view = view;
        this.api = api;
        this.messages = messages;
        this.live = live;
        this.json = json;
        // the views the three metrics count (as the metric API's own live streams watch them)
        this.counted = Set.of(complaints.alias(), requests.alias(), ratings.alias(),
                inspections.rectificationsAlias());
    }

    Mono<ServerResponse> page(ServerRequest request) {
        return shown(request, "console/dashboard");
    }

    /** The figures alone, for htmx to swap in when the stream says they changed. */
    Mono<ServerResponse> figures(ServerRequest request) {
        return shown(request, "console/dashboard :: figures");
    }

    /**
     * Tells the page the digest of the figures at once and whenever they change; the page reloads its figures when
     * the digest differs from the one it shows. The events carry no figures: the reload reads them as the page does.
     */
    Mono<ServerResponse> stream(ServerRequest request) {
        Controls controls = Controls.of(request, today());
        Flux<ServerSentEvent<String>> events = StaffUser.current()
                .filter(QueryAccessRules::readsFigures)
                .flatMapMany(user -> live.events(live.watch(() -> reports(request, controls)
                        .map(ConsoleDashboard::version), counted), EVENT));
        return ServerResponse.ok().contentType(MediaType.TEXT_EVENT_STREAM)
                .body(BodyInserters.fromServerSentEvents(events));
    }

    private Mono<ServerResponse> shown(ServerRequest request, String template) {
        Controls controls = Controls.of(request, today());
        Locale locale = ConsoleView.locale(request);
        return StaffUser.current().flatMap(user -> {
            Map<String, Object> model = new HashMap<>(Map.of("active", "dashboard",
                    "sheets", List.of("dashboard.css"), "scripts", List.of("dashboard.js"),
                    "controls", controls, "query", controls.pageQuery(), "periods", PERIODS, "groupings", GROUPINGS,
                    "kinds", KINDS,
                    "subsidiaries", user.scope().subsidiaries().keySet().stream().sorted().toList()));
            if (!QueryAccessRules.readsFigures(user)) {
                model.put("allowed", false);
                return view.render(request, template, model);
            }
            return reports(request, controls).flatMap(outcomes -> {
                model.put("allowed", true);
                model.put("version", version(outcomes));
                Map<String, String> errors = new LinkedHashMap<>();
                List<Chart> charts = new ArrayList<>();
                for (int i = 0; i < METRICS.size(); i++) {
                    ConsoleApi.Outcome outcome = outcomes.get(i);
                    outcome.errors().forEach(errors::putIfAbsent);
                    charts.add(chart(METRICS.get(i), outcome, controls, locale));
                }
                model.put("charts", charts);
                model.put("errors", errors);
                // one refusal for all three (a bad date) is said once at the top
                model.put("problems", charts.stream().map(Chart::problem).filter(p -> p != null).distinct().toList());
                return view.render(request, template, model);
            });
        });
    }

    /** The three answers of the metric API, in the order of {@link #METRICS}. */
    private Mono<List<ConsoleApi.Outcome>> reports(ServerRequest request, Controls controls) {
        return Flux.fromIterable(METRICS)
                .flatMapSequential(metric -> api.get(request, "/api/metrics/" + metric + controls.apiQuery(metric)))
                .collectList();
    }

    /** A digest of the answers: equal answers, equal digests. */
    static String version(List<ConsoleApi.Outcome> outcomes) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (ConsoleApi.Outcome outcome : outcomes) {
                digest.update((outcome.status() + ":" + outcome.json() + "\n").getBytes(StandardCharsets.UTF_8));
            }
            return HexFormat.of().formatHex(digest.digest(), 0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private Chart chart(String metric, ConsoleApi.Outcome outcome, Controls controls, Locale locale) {
        if (!outcome.successful()) {
            return new Chart(metric, text("dashboard." + metric, locale), outcome.problem(), List.of(), List.of(),
                    null, null);
        }
        JsonNode report = outcome.json();
        boolean lowerIsBetter = COMPLAINT_RATE.equals(metric);
        boolean manySeries = report.path("series").size() > 1;
        List<String> periods = new ArrayList<>();
        List<Row> rows = new ArrayList<>();
        List<Headline> headlines = new ArrayList<>();
        List<Map<String, Object>> lines = new ArrayList<>();
        for (JsonNode series : report.path("series")) {
            String name = series.path("name").asText();
            String seriesLabel = ON_TIME.equals(metric) ? text("dashboard.kind." + name, locale)
                    : text("dashboard." + metric, locale);
            Map<String, Map<String, Object>> byGroup = new LinkedHashMap<>();
            Map<String, long[]> totals = new LinkedHashMap<>();
            for (JsonNode bucket : series.path("buckets")) {
                String period = bucket.path("period").asText();
                if (!periods.contains(period)) {
                    periods.add(period);
                }
                String group = bucket.path("group").isNull() ? null : bucket.path("group").asText();
                String groupLabel = groupLabel(controls, group, locale);
                long numerator = bucket.path("numerator").asLong();
                long denominator = bucket.path("denominator").asLong();
                Double value = bucket.path("value").isNumber() ? bucket.path("value").asDouble() : null;
                Double delta = bucket.path("change").path("delta").isNumber()
                        ? bucket.path("change").path("delta").asDouble() : null;
                String drill = drill(metric, name, controls, bucket.path("periodStart").asText(), group);
                rows.add(new Row(name, seriesLabel, period, group, groupLabel, numerator, denominator, value,
                        percent(value, locale), change(delta, locale), direction(delta, lowerIsBetter), drill));
                long[] total = totals.computeIfAbsent(period, p -> new long[2]);
                total[0] += numerator;
                total[1] += denominator;
                String line = manySeries && controls.grouped() ? seriesLabel + " · " + groupLabel
                        : controls.grouped() ? groupLabel : seriesLabel;
                Map<String, Object> points = byGroup.computeIfAbsent(group == null ? "" : group, g -> {
                    Map<String, Object> fresh = new LinkedHashMap<>();
                    fresh.put("name", line);
                    fresh.put("data", new ArrayList<Double>());
                    fresh.put("links", new ArrayList<String>());
                    return fresh;
                });
                @SuppressWarnings("unchecked")
                List<Double> data = (List<Double>) points.get("data");
                data.add(value == null ? null : Math.round(value * 10000) / 100.0);
                @SuppressWarnings("unchecked")
                List<String> links = (List<String>) points.get("links");
                links.add(drill);
            }
            lines.addAll(byGroup.values());
            headlines.add(headline(series, seriesLabel, totals, controls, lowerIsBetter, locale));
        }
        Double target = report.path("details").path("targetCsat").isNumber()
                ? report.path("details").path("targetCsat").asDouble() : null;
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("title", text("dashboard." + metric, locale));
        data.put("periods", periods);
        data.put("series", lines);
        data.put("target", target == null ? null : Math.round(target * 10000) / 100.0);
        data.put("targetLabel", text("dashboard.target", locale));
        try {
            return new Chart(metric, text("dashboard." + metric, locale), null, headlines, rows,
                    json.writeValueAsString(data),
                    target == null ? null : percent(target, locale));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The latest period over all groups (their numerators and denominators added: every counted item is in exactly
     * one group, so the sums are the ungrouped figures) against the period before it; for a range of one period, the
     * API's own previous value where there is a single group.
     */
    private Headline headline(JsonNode series, String label, Map<String, long[]> totals, Controls controls,
                              boolean lowerIsBetter, Locale locale) {
        List<String> keys = new ArrayList<>(totals.keySet());
        if (keys.isEmpty()) {
            return new Headline(series.path("name").asText(), label, null, percent(null, locale), null, null,
                    "none", 0, 0);
        }
        String latest = keys.get(keys.size() - 1);
        long[] now = totals.get(latest);
        Double value = now[1] == 0 ? null : (double) now[0] / now[1];
        Double previous = null;
        if (keys.size() > 1) {
            long[] before = totals.get(keys.get(keys.size() - 2));
            previous = before[1] == 0 ? null : (double) before[0] / before[1];
        } else if (!controls.grouped() && series.path("buckets").size() == 1) {
            JsonNode prior = series.path("buckets").get(0).path("change").path("previousValue");
            previous = prior.isNumber() ? prior.asDouble() : null;
        }
        Double delta = value == null || previous == null ? null : value - previous;
        return new Headline(series.path("name").asText(), label, latest, percent(value, locale),
                percent(previous, locale), change(delta, locale), direction(delta, lowerIsBetter), now[0], now[1]);
    }

    private String groupLabel(Controls controls, String group, Locale locale) {
        if (!controls.grouped()) {
            return text("dashboard.group.all", locale);
        }
        if (group == null) {
            return text("dashboard.group.missing", locale);
        }
        return "channel".equals(controls.groupBy())
                ? messages.getMessage("dashboard.channel." + group, null, group, locale) : group;
    }

    /** The cases page of a bucket; null for a group no search can select (items lacking the grouped field). */
    private static String drill(String metric, String series, Controls controls, String periodStart, String group) {
        if (controls.grouped() && group == null) {
            return null;
        }
        if (ON_TIME.equals(metric) && "rectification".equals(series)) {
            return null; // rectifications are no complaint or service request: the quality pages list them
        }
        Map<String, String> link = new LinkedHashMap<>();
        link.put("metric", metric);
        link.put("series", series);
        link.put("period", controls.period());
        link.put("start", periodStart);
        if (controls.grouped()) {
            link.put("groupBy", controls.groupBy());
            link.put("group", group);
        }
        link.put("subsidiaryId", controls.subsidiary());
        link.put("departmentId", controls.department());
        // the way back: the dashboard as it was (its own parameters, rebuilt from the controls)
        link.put("back", controls.pageQuery().substring(1));
        return ConsolePaths.DASHBOARD + "/cases?" + queryOf(link);
    }

    // ---- the drill-down: the cases behind one bucket ----

    /** The most pages of one search the drill-down reads (each of {@link #PAGE}). */
    static final int PAGES = 5;
    static final int PAGE = 100;

    /**
     * The complaints and service requests behind a bucket: those of the bucket's group (and the dashboard's filters)
     * received in its period, in each subsidiary's own calendar as the metrics count them (the search window is a day
     * wider on each side, and each case's local date of receipt decides). Read through the case searches of the API,
     * so a user who may not read cases (an analyst) is told so, and every case is within the user's scope.
     */
    Mono<ServerResponse> cases(ServerRequest request) {
        Locale locale = ConsoleView.locale(request);
        String metric = text(request, "metric");
        String series = text(request, "series");
        String period = text(request, "period");
        String groupBy = text(request, "groupBy");
        String group = text(request, "group");
        LocalDate start;
        MetricPeriod calendar;
        try {
            calendar = MetricPeriod.valueOf(period == null ? "" : period.toUpperCase(Locale.ROOT));
            start = calendar.start(LocalDate.parse(String.valueOf(text(request, "start"))));
        } catch (RuntimeException invalid) {
            calendar = null;
            start = null;
        }
        boolean valid = calendar != null && METRICS.contains(metric)
                && (groupBy == null || "none".equals(groupBy) || (PARAMETERS.containsKey(groupBy) && group != null));
        Map<String, Object> model = new HashMap<>(Map.of("active", "dashboard", "sheets", List.of("dashboard.css"),
                "scripts", List.of("dashboard.js")));
        // back to the dashboard's own path, whatever the query says (which the dashboard reads as any address)
        String back = text(request, "back");
        model.put("back", ConsolePaths.DASHBOARD + (back == null ? "" : "?" + back));
        if (!valid) {
            model.put("invalid", true);
            return view.render(request, "console/dashboard-cases", model);
        }
        LocalDate end = calendar.next(start);
        model.put("invalid", false);
        model.put("metricLabel", text("dashboard." + metric, locale));
        model.put("seriesLabel", ON_TIME.equals(metric) && series != null && KINDS.contains(series)
                ? text("dashboard.kind." + series, locale) : null);
        model.put("periodKey", calendar.key(start));
        model.put("from", start.toString());
        model.put("until", end.minusDays(1).toString());
        model.put("groupLabel", group == null ? text("dashboard.group.all", locale) : "channel".equals(groupBy)
                ? messages.getMessage("dashboard.channel." + group, null, group, locale) : group);
        model.put("groupByLabel", group == null ? null : text("dashboard.groupBy." + groupBy, locale));
        boolean complaints = !ON_TIME.equals(metric) || !"service-request".equals(series);
        boolean requests = !ON_TIME.equals(metric) || series == null || "service-request".equals(series);
        if (ON_TIME.equals(metric) && "rectification".equals(series)) {
            complaints = false;
            requests = false;
        }
        model.put("settled", ON_TIME.equals(metric));
        model.put("satisfaction", SATISFACTION.equals(metric));
        Map<String, String> filters = new LinkedHashMap<>();
        filters.put("from", start.minusDays(1).toString());
        filters.put("to", end.plusDays(1).toString());
        filters.put("size", String.valueOf(PAGE));
        filters.put("subsidiary", text(request, "subsidiaryId"));
        filters.put("department", text(request, "departmentId"));
        if (group != null && PARAMETERS.containsKey(groupBy)) {
            filters.put(PARAMETERS.get(groupBy)[1], group);
        }
        String query = "?" + queryOf(filters);
        String from = start.toString();
        String until = end.toString();
        Mono<Listed> complaintCases = complaints
                ? listed(request, "/api/complaints" + query, "complaint", from, until, locale)
                : Mono.just(Listed.none("complaint"));
        Mono<Listed> requestCases = requests
                ? listed(request, "/api/service-requests" + query, "service-request", from, until, locale)
                : Mono.just(Listed.none("service-request"));
        return StaffUser.current().flatMap(user -> {
            if (!QueryAccessRules.readsCases(user)) {
                model.put("allowed", false);
                return view.render(request, "console/dashboard-cases", model);
            }
            model.put("allowed", true);
            return Mono.zip(complaintCases, requestCases).flatMap(both -> {
                model.put("lists", List.of(both.getT1(), both.getT2()));
                model.put("nothing", !both.getT1().shown() && !both.getT2().shown());
                return view.render(request, "console/dashboard-cases", model);
            });
        });
    }

    /**
     * The cases of one search whose local date of receipt is in [from, until).
     *
     * @param shown    whether the list was asked for
     * @param complete false when more cases were found than the drill-down reads
     */
    record Listed(String kind, boolean shown, List<Case> items, boolean complete, String problem) {

        static Listed none(String kind) {
            return new Listed(kind, false, List.of(), true, null);
        }
    }

    private Mono<Listed> listed(ServerRequest request, String path, String kind, String from, String until,
                                Locale locale) {
        // the figures count a case in the unit it is about: a department's complaint its reader's department raised
        // (readable by them, 002 第5篇 二.2) is in no bucket of theirs
        return ReadScope.current().flatMap(scope -> Flux.range(0, PAGES)
                .concatMap(page -> api.get(request, path + "&page=" + page))
                .takeUntil(outcome -> !outcome.successful() || lastPage(outcome))
                .collectList()
                .map(outcomes -> {
                    List<Case> items = new ArrayList<>();
                    for (ConsoleApi.Outcome outcome : outcomes) {
                        if (!outcome.successful()) {
                            return new Listed(kind, true, List.of(), true, outcome.problem());
                        }
                        for (JsonNode item : outcome.json().path("items")) {
                            String received = item.path("receivedDate").asText("");
                            if (received.compareTo(from) >= 0 && received.compareTo(until) < 0
                                    && scope.covers(item.path("subsidiaryId").asText(null),
                                    item.path("departmentId").asText(null))) {
                                items.add(caseOf(kind, item, locale));
                            }
                        }
                    }
                    boolean complete = lastPage(outcomes.get(outcomes.size() - 1));
                    return new Listed(kind, true, items, complete, null);
                }));
    }

    private static boolean lastPage(ConsoleApi.Outcome outcome) {
        JsonNode page = outcome.json();
        return (page.path("page").asLong() + 1) * page.path("size").asLong() >= page.path("total").asLong();
    }

    private Case caseOf(String kind, JsonNode item, Locale locale) {
        boolean complaint = "complaint".equals(kind);
        String id = item.path(complaint ? "complaintId" : "requestId").asText();
        String link = (complaint ? ConsolePaths.COMPLAINTS : ConsolePaths.SERVICE_REQUESTS) + "/"
                + UriUtils.encodePathSegment(id, StandardCharsets.UTF_8);
        String department = item.path("departmentId").asText("");
        String unit = item.path("subsidiaryId").asText("") + (department.isEmpty() ? "" : " / " + department);
        String channel = item.path("channel").asText("");
        String status = item.path("status").asText("");
        String received = item.path("receivedAt").asText("");
        try {
            ZoneId zone = ZoneId.of(item.path("timeZone").asText("UTC"));
            received = java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
                    .format(java.time.Instant.parse(received).atZone(zone)) + " " + zone.getId();
        } catch (RuntimeException unreadable) {
            // shown as the API gave it
        }
        return new Case(kind, id, link, received, unit,
                channel.isEmpty() ? "—" : messages.getMessage("dashboard.channel." + channel, null, channel, locale),
                status.isEmpty() ? "—" : messages.getMessage("sla.status." + kind + "." + status, null, status,
                        locale),
                item.path("dismissed").asBoolean(false));
    }

    // ---- formatting ----

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }

    private String percent(Double value, Locale locale) {
        return value == null ? "—" : String.format(locale, "%.1f %%", value * 100);
    }

    /** A change in percentage points, signed: "+2.1 pp" / "+2.1 个百分点"; null for none. */
    private String change(Double delta, Locale locale) {
        if (delta == null) {
            return null;
        }
        double points = Math.abs(delta) < SAME ? 0 : delta * 100;
        return messages.getMessage("dashboard.points", new Object[]{String.format(locale, "%+.1f", points)},
                locale);
    }

    private static String direction(Double delta, boolean lowerIsBetter) {
        if (delta == null) {
            return "none";
        }
        if (Math.abs(delta) < SAME) {
            return "same";
        }
        return (delta < 0) == lowerIsBetter ? "better" : "worse";
    }

    /** A query string of the parameters given (nulls left out), every value encoded whole. */
    static String queryOf(Map<String, String> parameters) {
        StringBuilder query = new StringBuilder();
        parameters.forEach((name, value) -> {
            if (value != null) {
                query.append(query.isEmpty() ? "" : "&").append(name).append('=')
                        .append(UriUtils.encode(value, StandardCharsets.UTF_8));
            }
        });
        return query.toString();
    }

    private static String text(ServerRequest request, String name) {
        return request.queryParam(name).map(String::strip).filter(value -> !value.isEmpty()).orElse(null);
    }

    private static LocalDate today() {
        return LocalDate.now(TODAY_ZONE);
    }
}
