package com.serviceledger.query.audit.replay;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.serviceledger.kernel.complaint.ComplainantKind;
import com.serviceledger.kernel.complaint.SlaTarget;
import com.serviceledger.query.complaint.CallbackRound;
import com.serviceledger.query.complaint.SlaFields;
import com.serviceledger.query.metrics.MetricBucket;
import com.serviceledger.query.metrics.MetricReport;
import com.serviceledger.query.metrics.MetricSeries;
import com.serviceledger.query.policy.SatisfactionTargetChoice;
import com.serviceledger.query.policy.SatisfactionTargets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The three service-quality metrics (000 §5.2) recomputed in plain Java from replayed view documents, by
 * the definitions of the API ({@code query.metrics}: {@code ComplaintRateMetric}, {@code OnTimeCompletionMetric},
 * {@code SatisfactionTrendMetric}, {@code MetricSources}), answered in the API's own shape
 * ({@link MetricReport}). Each document is read as the JSON Elasticsearch indexes, field by field on the
 * same paths the API's searches use, so the two can be compared figure by figure.
 * <p>
 * A complaint's callbacks are counted round by round, as the API counts the elements of the nested field
 * {@code callbacks}: each complaint document is expanded into one document per round, carrying the complaint's
 * own fields and that single round under the same path, so {@code callbacks.satisfaction} reads as in the index.
 * <p>
 * Unlike the API there is no bucket limit: an offline run may be as large as the auditor likes.
 */
public final class ReplayMetrics {

    public static final String COMPLAINT_RATE = "complaint-rate";
    public static final String ON_TIME_COMPLETION = "on-time-completion";
    public static final String SATISFACTION_TREND = "satisfaction-trend";
    /** The {@code kind} values of on-time completion, in the API's order. */
    public static final List<String> COMPLETION_KINDS = List.of("service-request", "complaint-resolution",
            "rectification", "contact", "on-site", "callback", "investigation", "solution", "result-report", "reply");
    /** The API's default CSAT target ({@code serviceledger.query.metrics.target-csat-percent}). */
    public static final int DEFAULT_TARGET_CSAT_PERCENT = 90;

    // the API's definitions, word for word
    private static final String COMPLAINT_RATE_DEFINITION = "valid (not dismissed) customer complaints received in the"
            + " period / service requests of every category received in the period; dismissed complaints and valid"
            + " department complaints reported beside it";
    private static final String ON_TIME_DEFINITION = "items settled on time / items settled in the period; settled ="
            + " completed, or deadline passed unmet (breach), whichever first; a complaint's settled items count even"
            + " if it is dismissed later; the callback is one item per resolution";
    private static final String SATISFACTION_DEFINITION = "scores of 4 or 5 / all scores (CSAT) in the period, with"
            + " average score and count; over ratings, customers' complaint callbacks (every callback, in its own"
            + " period) and acceptance surveys";
    private static final String COUNT = "count";
    private static final ObjectMapper DOCUMENTS = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    private final Source complaints;
    private final Source serviceRequests;
    private final Source rectifications;
    private final Source ratings;
    /** One document per callback round (resolution) of every complaint. */
    private final List<JsonNode> callbackRounds;
    private final double targetCsat;
    private final SatisfactionTargets.Timeline targets;

    public ReplayMetrics(ReplayedViews views, int targetCsatPercent) {
        Map<ReplayDimension, String> unitFields = Map.of(ReplayDimension.SUBSIDIARY, "subsidiaryId",
                ReplayDimension.DEPARTMENT, "departmentId", ReplayDimension.POST, "postId",
                ReplayDimension.CHANNEL, "channel");
        Map<ReplayDimension, String> requestFields = new HashMap<>(unitFields);
        requestFields.put(ReplayDimension.CATEGORY, "category");
        complaints = new Source("complaints", documents(views, ReplayedViews.Kind.COMPLAINT), "receivedDate",
                unitFields, doc -> true);
        serviceRequests = new Source("service-requests", documents(views, ReplayedViews.Kind.SERVICE_REQUEST),
                "receivedDate", Map.copyOf(requestFields), doc -> true);
        rectifications = new Source("rectifications", documents(views, ReplayedViews.Kind.RECTIFICATION),
                "settledDate", Map.of(ReplayDimension.SUBSIDIARY, "subsidiaryId", ReplayDimension.POST, "siteId"),
                doc -> true);
        ratings = new Source("ratings", documents(views, ReplayedViews.Kind.RATING), "ratedDate", unitFields,
                doc -> true);
        callbackRounds = elements(complaints.documents(), CallbackRound.PATH);
        this.targetCsat = targetCsatPercent / 100.0;
        this.targets = SatisfactionTargets.Timeline.of(views.policyVersions());
    }

    private static List<JsonNode> documents(ReplayedViews views, ReplayedViews.Kind kind) {
        return views.of(kind).values().stream().<JsonNode>map(DOCUMENTS::valueToTree).toList();
    }

    /**
     * The elements of a nested field as documents of their own: each one the parent's fields with only that
     * element under the path, as a {@code nested} aggregation sees the parent's filters and the element's fields.
     */
    private static List<JsonNode> elements(List<JsonNode> documents, String path) {
        List<JsonNode> elements = new ArrayList<>();
        for (JsonNode doc : documents) {
            JsonNode nested = doc.get(path);
            if (nested == null || !nested.isArray()) {
                continue;
            }
            for (JsonNode element : nested) {
                ObjectNode one = JsonNodeFactory.instance.objectNode();
                doc.fields().forEachRemaining(field -> {
                    if (!field.getKey().equals(path)) {
                        one.set(field.getKey(), field.getValue());
                    }
                });
                one.set(path, element);
                elements.add(one);
            }
        }
        return List.copyOf(elements);
    }

    /** Where one kind of figure is counted: documents, the local-date field of the period, dimension fields. */
    private record Source(String name, List<JsonNode> documents, String dateField,
                          Map<ReplayDimension, String> fields, Predicate<JsonNode> filter) {

        boolean supports(ReplayDimension dimension) {
            return fields.containsKey(dimension);
        }

        boolean supportsAll(List<ReplayDimension> dimensions) {
            return dimensions.stream().allMatch(this::supports);
        }

        Source on(String otherName, String otherDateField, Predicate<JsonNode> more) {
            return new Source(otherName, documents, otherDateField, fields, filter.and(more));
        }
    }

    // ---------------------------------------------------------------- complaint rate

    /** Valid complaints received ÷ service requests received, per 1,000 too, dismissed beside. */
    public MetricReport complaintRate(ReplayQuery query) {
        requireSupport(query, COMPLAINT_RATE, List.of(complaints, serviceRequests));
        // department complaints (002 第5篇 二.2) beside the rate, as ComplaintRateMetric counts them
        Counts received = count(complaints, query, Map.of(
                "dismissed", Figure.matching(doc -> isTrue(doc, "dismissed") && !fromDepartment(doc)),
                "department", Figure.matching(ReplayMetrics::fromDepartment),
                "departmentDismissed", Figure.matching(doc -> isTrue(doc, "dismissed") && fromDepartment(doc))));
        Counts interactions = count(serviceRequests, query, Map.of());
        Set<String> groups = received.groups();
        groups.addAll(interactions.groups());
        MetricSeries series = series(COMPLAINT_RATE, query, groups, (group, start) -> {
            long department = received.count(group, start, "department");
            long all = received.count(group, start, COUNT) - department;
            long dismissed = received.count(group, start, "dismissed");
            long valid = all - dismissed;
            long served = interactions.count(group, start, COUNT);
            Map<String, Object> details = new LinkedHashMap<>();
            details.put("perThousand", served == 0 ? null : valid * 1000.0 / served);
            details.put("dismissed", dismissed);
            details.put("received", all);
            details.put("departmentComplaints", department - received.count(group, start, "departmentDismissed"));
            return new MetricSeries.Tally(valid, served, details);
        });
        return report(COMPLAINT_RATE, COMPLAINT_RATE_DEFINITION, query, List.of(series), null);
    }

    // ---------------------------------------------------------------- on-time completion

    /**
     * Items settled on time ÷ items settled, one series per kind; settled = completed or deadline passed
     * unmet, whichever first, in the local period of that date.
     *
     * @param kinds the {@code kind} values asked for, or null for every kind the grouping and filters apply to
     */
    public MetricReport onTimeCompletion(ReplayQuery query, List<String> kinds) {
        List<String> chosen;
        if (kinds != null) {
            for (String kind : kinds) {
                requireSupport(query, ON_TIME_COMPLETION + " kind " + kind, List.of(completionSource(kind)));
            }
            chosen = kinds;
        } else {
            chosen = COMPLETION_KINDS.stream()
                    .filter(kind -> completionSource(kind).supportsAll(query.dimensions())).toList();
            if (chosen.isEmpty()) {
                throw new ReplayException("groupBy", "with these filters applies to no kind of item");
            }
        }
        List<MetricSeries> series = new ArrayList<>();
        for (String kind : chosen) {
            series.add(completion(query, kind));
        }
        return report(ON_TIME_COMPLETION, ON_TIME_DEFINITION, query, series, null);
    }

    /** Reads comma-separated {@code kind} values; null when none is given (every kind). */
    public static List<String> kinds(String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        List<String> kinds = new ArrayList<>();
        for (String value : raw.split(",")) {
            String name = value.trim().toLowerCase(Locale.ROOT);
            if (name.isEmpty()) {
                continue;
            }
            if (!COMPLETION_KINDS.contains(name)) {
                throw new ReplayException("kind", "must be among " + String.join(", ", COMPLETION_KINDS)
                        + "; was '" + value.trim() + "'");
            }
            if (!kinds.contains(name)) {
                kinds.add(name);
            }
        }
        return kinds.isEmpty() ? null : kinds;
    }

    private MetricSeries completion(ReplayQuery query, String kind) {
        String onTimeField = onTimeField(kind);
        Map<String, Figure> figures = new LinkedHashMap<>();
        figures.put("onTime", Figure.matching(doc -> isTrue(doc, onTimeField)));
        boolean request = kind.equals("service-request");
        if (request) {
            figures.put("onTimeAgainstOriginal", Figure.matching(doc -> isTrue(doc, onTimeField)
                    && isTrue(doc, "deliveredOnTimeAgainstOriginal")));
        }
        Counts found = count(completionSource(kind), query, figures);
        return series(kind, query, found.groups(), (group, start) -> {
            long settled = found.count(group, start, COUNT);
            long onTime = found.count(group, start, "onTime");
            Map<String, Object> details = new LinkedHashMap<>();
            details.put("late", settled - onTime);
            if (request) {
                long original = found.count(group, start, "onTimeAgainstOriginal");
                details.put("onTimeAgainstOriginal", original);
                details.put("valueAgainstOriginal", MetricBucket.ratio(original, settled));
            }
            return new MetricSeries.Tally(onTime, settled, details);
        });
    }

    /**
     * Every settled complaint item counts, also of a complaint dismissed later (a dismissal settles nothing);
     * the callback is one item per resolution round.
     */
    private Source completionSource(String kind) {
        return switch (kind) {
            case "service-request" -> serviceRequests.on("service-requests.delivery", "sla.delivery.settledDate",
                    doc -> true);
            case "complaint-resolution" -> complaints.on("complaints.resolution", "sla.resolution.settledDate",
                    doc -> true);
            case "rectification" -> rectifications;
            case "contact" -> complaints.on("complaints.contact", "sla.contact.settledDate", doc -> true);
            case "on-site" -> complaints.on("complaints.onSite", "sla.onSite.settledDate", doc -> true);
            case "callback" -> new Source("complaints.callback", callbackRounds, CallbackRound.path("settledDate"),
                    complaints.fields(), doc -> true);
            case "investigation", "solution", "result-report", "reply" -> complaints.on(
                    "complaints." + SlaFields.name(departmentTarget(kind)),
                    SlaFields.path(departmentTarget(kind), "settledDate"), doc -> true);
            default -> throw new ReplayException("kind", "must be among " + String.join(", ", COMPLETION_KINDS));
        };
    }

    /** The complaint target of the kinds added with 001 §3.3, 002 第4篇 六 and 第1篇 六.3. */
    private static SlaTarget departmentTarget(String kind) {
        return switch (kind) {
            case "investigation" -> SlaTarget.INVESTIGATION;
            case "solution" -> SlaTarget.SOLUTION;
            case "result-report" -> SlaTarget.RESULT_REPORT;
            default -> SlaTarget.REPLY;
        };
    }

    private static String onTimeField(String kind) {
        return switch (kind) {
            case "service-request" -> "sla.delivery.onTime";
            case "complaint-resolution" -> "sla.resolution.onTime";
            case "rectification" -> "onTime";
            case "contact" -> "sla.contact.onTime";
            case "on-site" -> "sla.onSite.onTime";
            case "callback" -> CallbackRound.path("onTime");
            case "investigation", "solution", "result-report", "reply" -> SlaFields.path(departmentTarget(kind), "onTime");
            default -> throw new ReplayException("kind", "must be among " + String.join(", ", COMPLETION_KINDS));
        };
    }

    // ---------------------------------------------------------------- satisfaction trend

    /**
     * CSAT (scores 4–5 ÷ scores), average and count over ratings, complaint callbacks (every round's, in the period
     * it was given) and acceptance surveys.
     */
    public MetricReport satisfactionTrend(ReplayQuery query) {
        String callbackScore = CallbackRound.path("satisfaction");
        List<Source> sources = List.of(ratings,
                new Source("complaints.callbacks", callbackRounds, CallbackRound.path("calledBackDate"),
                        complaints.fields(), doc -> present(doc, callbackScore) && !fromDepartment(doc)),
                serviceRequests.on("service-requests.surveys", "surveyedDate", doc -> present(doc, "satisfaction")));
        List<String> scoreFields = List.of("score", callbackScore, "satisfaction");
        String[] names = {"ratings", "complaintCallbacks", "acceptanceSurveys"};
        requireSupport(query, SATISFACTION_TREND, sources);
        List<Counts> each = new ArrayList<>();
        for (int i = 0; i < sources.size(); i++) {
            String field = scoreFields.get(i);
            Map<String, Figure> figures = new LinkedHashMap<>();
            figures.put("satisfied", Figure.matching(doc -> number(doc, field) != null && number(doc, field) >= 4.0));
            figures.put("scoreSum", Figure.sum(field));
            each.add(count(sources.get(i), query, figures));
        }
        // beside the scores: the requests closed without a survey, which have none to count
        each.add(count(serviceRequests.on("service-requests.closedWithoutSurvey", "closedDate",
                doc -> isTrue(doc, "closedWithoutSurvey")), query, Map.of()));
        Set<String> groups = new java.util.HashSet<>();
        each.forEach(c -> groups.addAll(c.groups()));
        SatisfactionTargetChoice choice = new SatisfactionTargetChoice(targets, targetCsat,
                query.filters().get(ReplayDimension.SUBSIDIARY), query.groupBy() == ReplayDimension.SUBSIDIARY);
        MetricSeries series = series(SATISFACTION_TREND, query, groups, (group, start) -> {
            long count = 0;
            long satisfied = 0;
            long scoreSum = 0;
            Map<String, Object> bySource = new LinkedHashMap<>();
            for (int i = 0; i < names.length; i++) {
                long n = each.get(i).count(group, start, COUNT);
                bySource.put(names[i], n);
                count += n;
                satisfied += each.get(i).count(group, start, "satisfied");
                scoreSum += each.get(i).count(group, start, "scoreSum");
            }
            Double csat = MetricBucket.ratio(satisfied, count);
            Map<String, Object> details = new LinkedHashMap<>();
            details.put("count", count);
            details.put("averageScore", count == 0 ? null : (double) scoreSum / count);
            details.put("scoreSum", scoreSum);
            choice.judge(details, group, query.period().next(start), csat);
            details.put("bySource", bySource);
            details.put("closedWithoutSurvey", each.get(names.length).count(group, start, COUNT));
            return new MetricSeries.Tally(satisfied, count, details);
        });
        return report(SATISFACTION_TREND, SATISFACTION_DEFINITION, query, List.of(series),
                choice.reportDetails(query.to()));
    }

    // ---------------------------------------------------------------- counting, as PeriodCounts does

    /** A figure counted per group and period beside the document count. */
    private sealed interface Figure {
        record Matching(Predicate<JsonNode> test) implements Figure {
        }

        record Sum(String field) implements Figure {
        }

        static Figure matching(Predicate<JsonNode> test) {
            return new Matching(test);
        }

        static Figure sum(String field) {
            return new Sum(field);
        }
    }

    /** Group (null: none, or the field missing) → period start → figure → value. */
    private record Counts(Map<String, Map<LocalDate, Map<String, Double>>> byGroup) {

        Set<String> groups() {
            return new java.util.HashSet<>(byGroup.keySet());
        }

        long count(String group, LocalDate period, String figure) {
            Map<LocalDate, Map<String, Double>> periods = byGroup.get(group);
            Map<String, Double> figures = periods == null ? null : periods.get(period);
            return Math.round(figures == null ? 0 : figures.getOrDefault(figure, 0.0));
        }
    }

    /**
     * Counts the documents whose date lies in [the period before {@code from}, {@code to}) and which pass the
     * source's and the request's filters, per group and period start.
     */
    private static Counts count(Source source, ReplayQuery query, Map<String, Figure> figures) {
        Map<String, Map<LocalDate, Map<String, Double>>> byGroup = new HashMap<>();
        LocalDate fetchFrom = query.fetchFrom();
        for (JsonNode doc : source.documents()) {
            String dateText = text(doc, source.dateField());
            if (dateText == null) {
                continue;
            }
            LocalDate date = LocalDate.parse(dateText);
            if (date.isBefore(fetchFrom) || !date.isBefore(query.to()) || !source.filter().test(doc)
                    || !matchesFilters(source, query, doc)) {
                continue;
            }
            String group = query.groupBy() == null ? null : text(doc, source.fields().get(query.groupBy()));
            Map<String, Double> values = byGroup.computeIfAbsent(group, g -> new HashMap<>())
                    .computeIfAbsent(query.period().start(date), p -> new HashMap<>());
            values.merge(COUNT, 1.0, Double::sum);
            figures.forEach((name, figure) -> values.merge(name, switch (figure) {
                case Figure.Matching m -> m.test().test(doc) ? 1.0 : 0.0;
                case Figure.Sum s -> number(doc, s.field()) == null ? 0.0 : number(doc, s.field());
            }, Double::sum));
        }
        if (query.groupBy() == null) {
            byGroup.putIfAbsent(null, new HashMap<>());
        }
        return new Counts(byGroup);
    }

    private static boolean matchesFilters(Source source, ReplayQuery query, JsonNode doc) {
        for (Map.Entry<ReplayDimension, String> filter : query.filters().entrySet()) {
            if (!filter.getValue().equals(text(doc, source.fields().get(filter.getKey())))) {
                return false;
            }
        }
        return true;
    }

    private static void requireSupport(ReplayQuery query, String metric, List<Source> sources) {
        for (Source source : sources) {
            for (ReplayDimension dimension : query.dimensions()) {
                if (!source.supports(dimension)) {
                    String parameter = dimension == query.groupBy() ? "groupBy" : dimension.parameter();
                    throw new ReplayException(parameter, "cannot be used with " + metric + ": " + source.name()
                            + " carry no " + dimension.groupName());
                }
            }
        }
    }

    // ---------------------------------------------------------------- the answer, as MetricSeries and MetricReport build it

    /** The API's own assembly of ratios and changes over this engine's tallies. */
    private static MetricSeries series(String name, ReplayQuery query, Set<String> groups,
                                       MetricSeries.Tallying tallying) {
        return MetricSeries.of(name, query.period(), query.fetchFrom(), query.periods(), groups, tallying);
    }

    private static MetricReport report(String metric, String definition, ReplayQuery query, List<MetricSeries> series,
                                       Map<String, Object> details) {
        Map<String, String> filters = new LinkedHashMap<>();
        query.filters().forEach((dimension, value) -> filters.put(dimension.parameter(), value));
        return new MetricReport(metric, definition, query.period().parameterValue(), query.from().toString(),
                query.to().toString(), query.groupBy() == null ? "none" : query.groupBy().groupName(), filters,
                series, details);
    }


    // ---------------------------------------------------------------- reading a document like a search does

    private static JsonNode at(JsonNode doc, String path) {
        return doc.at("/" + path.replace('.', '/'));
    }

    private static String text(JsonNode doc, String path) {
        JsonNode value = at(doc, path);
        return value.isMissingNode() || value.isNull() || !value.isValueNode() ? null : value.asText();
    }

    private static Double number(JsonNode doc, String path) {
        JsonNode value = at(doc, path);
        return value.isNumber() ? value.asDouble() : null;
    }

    private static boolean isTrue(JsonNode doc, String path) {
        JsonNode value = at(doc, path);
        return value.isBoolean() && value.booleanValue();
    }

    /** A department's complaint about another (002 第5篇 二.2); a document without the kind is a customer's. */
    private static boolean fromDepartment(JsonNode doc) {
        return ComplainantKind.DEPARTMENT.name().equals(text(doc, "complainantKind"));
    }

    private static boolean present(JsonNode doc, String path) {
        JsonNode value = at(doc, path);
        return !value.isMissingNode() && !value.isNull();
    }
}
