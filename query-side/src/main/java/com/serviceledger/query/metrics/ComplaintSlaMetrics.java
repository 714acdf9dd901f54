package com.serviceledger.query.metrics;

import co.elastic.clients.elasticsearch.ElasticsearchAsyncClient;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregate;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregation;
import co.elastic.clients.elasticsearch._types.aggregations.StringTermsBucket;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.util.NamedValue;
import com.serviceledger.kernel.complaint.SlaTarget;
import com.serviceledger.platform.security.Scope;
import com.serviceledger.query.complaint.CallbackRound;
import com.serviceledger.query.complaint.SlaFields;
import com.serviceledger.query.elasticsearch.ComplaintIndex;
import com.serviceledger.query.web.QueryApiProperties;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Complaint SLA figures in one search: months → departments → a filter per target with its outcomes.
 * Elasticsearch only counts (no scripts: the embedded node has none); ratios are computed here.
 * The items are those of the on-time metric ({@link MetricSources#complaintTarget}), grouped by the month the
 * complaint was received: an item settled (met or breached) counts whether or not the complaint was dismissed
 * later; an unsettled one is pending only while the complaint is valid (a dismissal stops its timers, so it
 * would be pending for ever); and the callback is owed once per resolution, so its items are the rounds.
 */
@Component
class ComplaintSlaMetrics {

    /** Terms bucket of complaints without a known department. */
    private static final String NO_DEPARTMENT = "__none__";
    private static final String ON_TIME = "onTime";
    private static final String LATE = "late";
    private static final String PENDING = "pending";
    private static final String OUTCOME = "outcome";
    private static final String DUE = "due";

    private final ElasticsearchAsyncClient client;
    private final ComplaintIndex index;
    private final QueryApiProperties api;
    private final MetricSource complaints;

    ComplaintSlaMetrics(ElasticsearchAsyncClient client, ComplaintIndex index, QueryApiProperties api,
                        MetricSources sources) {
        this.client = client;
        this.index = index;
        this.api = api;
        this.complaints = sources.complaintsReceived();
    }

    /** Of the complaints in the scope only (so of its departments only). */
    Mono<ComplaintSlaReport> report(YearMonth from, YearMonth to, String subsidiary, Scope scope) {
        int months = (int) (from.until(to, ChronoUnit.MONTHS) + 1);
        return Mono.fromFuture(() -> client.search(s -> s
                                .index(index.alias())
                                .size(0)
                                .query(filter(from, to, subsidiary, complaints.scope(scope)))
                                .aggregations("months", monthsAggregation(months)),
                        Void.class))
                .map(response -> new ComplaintSlaReport(from.toString(), to.toString(), subsidiary, months(response)));
    }

    private static Query filter(YearMonth from, YearMonth to, String subsidiary, Query inScope) {
        return Query.of(q -> q.bool(b -> {
            b.filter(inScope);
            // "2026-03" sorts as text in month order
            b.filter(f -> f.range(r -> r.term(t -> t.field("receivedMonth").gte(from.toString()).lte(to.toString()))));
            if (subsidiary != null) {
                b.filter(f -> f.term(t -> t.field("subsidiaryId").value(subsidiary)));
            }
            return b;
        }));
    }

    private Aggregation monthsAggregation(int months) {
        return Aggregation.of(a -> a
                .terms(t -> t.field("receivedMonth").size(months).order(NamedValue.of("_key", SortOrder.Asc)))
                .aggregations("departments", d -> d
                        .terms(t -> t.field("departmentId").missing(FieldValue.of(NO_DEPARTMENT))
                                .size(api.maxDepartments()).order(NamedValue.of("_key", SortOrder.Asc)))
                        .aggregations("dismissed", x -> x.filter(f -> f.term(t -> t.field("dismissed").value(true))))
                        .aggregations(targetAggregations())));
    }

    /**
     * Per target: the items owed, split by outcome. A complaint owes a target it has a due time for; the callback
     * rounds are counted as the elements of their nested field.
     */
    private static Map<String, Aggregation> targetAggregations() {
        Map<String, Aggregation> aggregations = new LinkedHashMap<>();
        for (SlaTarget target : SlaTarget.values()) {
            String onTime = MetricSources.targetField(target, "onTime");
            Query settledOrValid = Query.of(q -> q.bool(b -> b.minimumShouldMatch("1")
                    .should(x -> x.exists(e -> e.field(onTime)))
                    .should(x -> x.term(t -> t.field("dismissed").value(false)))));
            boolean rounds = target == SlaTarget.CALLBACK;
            Aggregation outcomes = Aggregation.of(a -> a
                    .filter(f -> f.bool(b -> {
                        b.filter(x -> x.exists(e -> e.field(MetricSources.targetField(target, "dueAt"))));
                        // a nested element has no parent field; rounds are opened by a resolution, which a
                        // dismissed complaint never had
                        return rounds ? b : b.filter(settledOrValid);
                    }))
                    .aggregations(OUTCOME, o -> o.filters(fs -> fs.filters(k -> k.keyed(Map.of(
                            ON_TIME, Query.of(q -> q.term(t -> t.field(onTime).value(true))),
                            LATE, Query.of(q -> q.term(t -> t.field(onTime).value(false))),
                            PENDING, Query.of(q -> q.bool(b -> b.mustNot(m -> m.exists(e -> e.field(onTime)))))))))));
            if (rounds) {
                aggregations.put(SlaFields.name(target), Aggregation.of(a -> a
                        .nested(n -> n.path(CallbackRound.PATH))
                        .aggregations(DUE, outcomes)));
            } else {
                aggregations.put(SlaFields.name(target), outcomes);
            }
        }
        return aggregations;
    }

    private static List<MonthFigures> months(SearchResponse<Void> response) {
        List<MonthFigures> months = new ArrayList<>();
        for (StringTermsBucket month : response.aggregations().get("months").sterms().buckets().array()) {
            List<DepartmentFigures> departments = new ArrayList<>();
            for (StringTermsBucket department : month.aggregations().get("departments").sterms().buckets().array()) {
                departments.add(department(department));
            }
            months.add(new MonthFigures(month.key().stringValue(), departments));
        }
        return months;
    }

    private static DepartmentFigures department(StringTermsBucket bucket) {
        Map<String, Aggregate> aggregations = bucket.aggregations();
        long received = bucket.docCount();
        long dismissed = aggregations.get("dismissed").filter().docCount();
        Map<String, SlaFigures> sla = new LinkedHashMap<>();
        for (SlaTarget target : SlaTarget.values()) {
            Aggregate owed = aggregations.get(SlaFields.name(target));
            var due = owed.isNested() ? owed.nested().aggregations().get(DUE).filter() : owed.filter();
            var outcomes = due.aggregations().get(OUTCOME).filters().buckets().keyed();
            sla.put(SlaFields.name(target), SlaFigures.of(due.docCount(),
                    outcomes.get(ON_TIME).docCount(), outcomes.get(LATE).docCount(), outcomes.get(PENDING).docCount()));
        }
        String key = bucket.key().stringValue();
        return new DepartmentFigures(NO_DEPARTMENT.equals(key) ? null : key, received, received - dismissed, dismissed, sla);
    }
}
