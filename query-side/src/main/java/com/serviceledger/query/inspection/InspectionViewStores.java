package com.serviceledger.query.inspection;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import com.serviceledger.query.view.ViewStore;
import org.springframework.stereotype.Component;

/** Batched writes of the three inspection views. */
final class InspectionViewStores {

    private InspectionViewStores() {
    }

    @Component
    static class Inspections extends ViewStore<InspectionView> {
        Inspections(ElasticsearchClient client, InspectionIndices.Inspections index) {
            super(client, index, InspectionView.class, InspectionView::empty);
        }
    }

    @Component
    static class Rectifications extends ViewStore<RectificationView> {
        Rectifications(ElasticsearchClient client, InspectionIndices.Rectifications index) {
            super(client, index, RectificationView.class, RectificationView::empty);
        }
    }

    @Component
    static class QualityMonths extends ViewStore<QualityMonthView> {
        QualityMonths(ElasticsearchClient client, InspectionIndices.QualityMonths index) {
            super(client, index, QualityMonthView.class, QualityMonthView::empty);
        }
    }
}
