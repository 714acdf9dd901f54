package com.serviceledger.query.inspection;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import com.serviceledger.query.view.ViewIndex;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.springframework.stereotype.Component;

/** The three inspection indices behind their aliases, created before any processor starts. */
final class InspectionIndices {

    private InspectionIndices() {
    }

    /** {@code sq-inspections}: one document per inspection. */
    @Component
    static class Inspections extends ViewIndex {
        Inspections(ElasticsearchClient client, InspectionViewsProperties properties) {
            super(client, properties.inspections());
        }
    }

    /** {@code sq-rectifications}: one document per non-conformity. */
    @Component
    static class Rectifications extends ViewIndex {
        Rectifications(ElasticsearchClient client, InspectionViewsProperties properties) {
            super(client, properties.rectifications());
        }
    }

    /** {@code sq-quality-months}: one document per unit and month. */
    @Component
    static class QualityMonths extends ViewIndex {
        QualityMonths(ElasticsearchClient client, InspectionViewsProperties properties) {
            super(client, properties.qualityMonths());
        }
    }

    static void recreate(ViewIndex index) {
        try {
            index.recreate();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
