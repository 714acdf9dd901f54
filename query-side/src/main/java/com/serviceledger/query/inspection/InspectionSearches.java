package com.serviceledger.query.inspection;

import static com.serviceledger.query.view.ViewSearch.between;
import static com.serviceledger.query.view.ViewSearch.flag;
import static com.serviceledger.query.view.ViewSearch.months;
import static com.serviceledger.query.view.ViewSearch.term;
import static com.serviceledger.query.web.QueryParameters.enumValue;
import static com.serviceledger.query.web.QueryParameters.text;

import co.elastic.clients.elasticsearch.ElasticsearchAsyncClient;
import co.elastic.clients.elasticsearch._types.query_dsl.BoolQuery;
import com.serviceledger.query.view.ViewPage;
import com.serviceledger.query.web.QueryParameters;
import com.serviceledger.query.view.ViewSearch;
import com.serviceledger.kernel.inspection.InspectionKind;
import com.serviceledger.kernel.inspection.RectificationStatus;
import com.serviceledger.kernel.inspection.Severity;
import com.serviceledger.query.view.ViewUnit;
import com.serviceledger.query.web.QueryApiProperties;
import org.springframework.stereotype.Component;
import org.springframework.util.MultiValueMap;
import reactor.core.publisher.Mono;

/**
 * The searches of the three inspection views. Filters shared by all: {@code subsidiary}, {@code site},
 * {@code contractor}, {@code month} (or {@code monthFrom}/{@code monthTo}), {@code page}, {@code size};
 * {@code from}/{@code to} bound each view's own time (inspected, raised). Unknown values are 400s. Inspected units
 * are sites of a subsidiary, not departments: only a whole-subsidiary scope reads them.
 */
@Component
class InspectionSearches {

    final ViewSearch<InspectionView> inspections;
    final ViewSearch<RectificationView> rectifications;
    final ViewSearch<QualityMonthView> qualityMonths;
    private final QueryApiProperties api;

    InspectionSearches(ElasticsearchAsyncClient client, InspectionIndices.Inspections inspectionIndex,
                       InspectionIndices.Rectifications rectificationIndex,
                       InspectionIndices.QualityMonths qualityMonthIndex, QueryApiProperties api) {
        this.inspections = new ViewSearch<>(client, inspectionIndex, InspectionView.class, "inspectedAt",
                "inspectionId", ViewUnit.subsidiary("subsidiaryId", InspectionView::subsidiaryId));
        this.rectifications = new ViewSearch<>(client, rectificationIndex, RectificationView.class, "raisedAt",
                "rectificationId", ViewUnit.subsidiary("subsidiaryId", RectificationView::subsidiaryId));
        this.qualityMonths = new ViewSearch<>(client, qualityMonthIndex, QualityMonthView.class, "month",
                "qualityMonthId", ViewUnit.subsidiary("subsidiaryId", QualityMonthView::subsidiaryId));
        this.api = api;
    }

    /** Also {@code kind}, {@code inspector}, {@code failed} (has failed items). */
    Mono<ViewPage<InspectionView>> inspections(MultiValueMap<String, String> params) {
        SearchParameters common = SearchParameters.parse(params, api);
        BoolQuery.Builder bool = unit(params, common);
        term(bool, "kind", enumValue("kind", params.getFirst("kind"), InspectionKind.class));
        term(bool, "inspectorIds", text(params.getFirst("inspector")));
        flag(bool, "hasFailures", QueryParameters.flag("failed", params.getFirst("failed")));
        between(bool, "inspectedAt", common.from(), common.to());
        return inspections.search(bool, common.page(), common.size());
    }

    /** Also {@code inspection}, {@code kind}, {@code severity}, {@code status}, {@code overdue}. */
    Mono<ViewPage<RectificationView>> rectifications(MultiValueMap<String, String> params) {
        SearchParameters common = SearchParameters.parse(params, api);
        BoolQuery.Builder bool = unit(params, common);
        term(bool, "inspectionId", text(params.getFirst("inspection")));
        term(bool, "inspectionKind", enumValue("kind", params.getFirst("kind"), InspectionKind.class));
        term(bool, "severity", enumValue("severity", params.getFirst("severity"), Severity.class));
        term(bool, "status", enumValue("status", params.getFirst("status"), RectificationStatus.class));
        flag(bool, "overdue", QueryParameters.flag("overdue", params.getFirst("overdue")));
        between(bool, "raisedAt", common.from(), common.to());
        return rectifications.search(bool, common.page(), common.size());
    }

    /** Also {@code status} (OPEN, EVALUATED) and {@code escalated}. */
    Mono<ViewPage<QualityMonthView>> qualityMonths(MultiValueMap<String, String> params) {
        SearchParameters common = SearchParameters.parse(params, api);
        BoolQuery.Builder bool = unit(params, common);
        term(bool, "status", enumValue("status", params.getFirst("status"), QualityMonthView.Status.class));
        flag(bool, "escalated", QueryParameters.flag("escalated", params.getFirst("escalated")));
        return qualityMonths.search(bool, common.page(), common.size());
    }

    private static BoolQuery.Builder unit(MultiValueMap<String, String> params, SearchParameters common) {
        BoolQuery.Builder bool = new BoolQuery.Builder();
        term(bool, "subsidiaryId", text(params.getFirst("subsidiary")));
        term(bool, "siteId", text(params.getFirst("site")));
        term(bool, "contractorId", text(params.getFirst("contractor")));
        months(bool, "month", common.monthFrom(), common.monthTo());
        return bool;
    }
}
