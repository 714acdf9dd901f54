package com.serviceledger.query.inspection;

import com.serviceledger.query.view.PooledViewProcessor;
import com.serviceledger.query.view.RebuildableView;
import java.util.List;
import org.axonframework.config.ConfigurerModule;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The inspection views' pooled streaming processor. */
@Configuration(proxyBeanMethods = false)
class InspectionViewsProcessorConfiguration {

    @Bean
    ConfigurerModule inspectionViewsProcessor(InspectionViewsProperties properties) {
        return PooledViewProcessor.module(InspectionProjection.PROCESSING_GROUP, properties);
    }

    /** Fresh projections writing into a rebuild's three indices, for zero-downtime rebuilds. */
    @Bean
    RebuildableView inspectionViewsRebuild(InspectionViewsProperties properties,
                                           InspectionViewStores.Inspections inspections,
                                           InspectionIndices.Inspections inspectionIndex,
                                           InspectionViewStores.Rectifications rectifications,
                                           InspectionIndices.Rectifications rectificationIndex,
                                           InspectionViewStores.QualityMonths months,
                                           InspectionIndices.QualityMonths monthIndex) {
        return RebuildableView.of(InspectionProjection.PROCESSING_GROUP, properties,
                List.of(inspectionIndex, rectificationIndex, monthIndex),
                targets -> List.of(
                        new InspectionProjection(targets.store(inspections, inspectionIndex), inspectionIndex),
                        new RectificationProjection(targets.store(rectifications, rectificationIndex),
                                rectificationIndex),
                        new QualityMonthProjection(targets.store(months, monthIndex), monthIndex)));
    }
}
