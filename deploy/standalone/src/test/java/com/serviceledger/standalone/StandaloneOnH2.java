package com.serviceledger.standalone;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The standalone system as shipped: H2 file event store in a temporary data directory. One annotation, so the
 * test classes using it share one context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(classes = {StandaloneApplication.class, TestOrganisation.class}, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
                "serviceledger.data-dir=${java.io.tmpdir}/serviceledger-e2e-${random.uuid}",
                "serviceledger.elasticsearch.embedded.shared-in-jvm=true",
                "serviceledger.elasticsearch.embedded.http-port=0",
                "serviceledger.query.complaint-index.alias=sq-complaints-h2",
                "serviceledger.query.service-request-index.alias=sq-service-requests-h2",
                "serviceledger.query.inspection-views.inspections-alias=sq-inspections-h2",
                "serviceledger.query.inspection-views.rectifications-alias=sq-rectifications-h2",
                "serviceledger.query.inspection-views.quality-months-alias=sq-quality-months-h2",
                "serviceledger.query.rating-view.alias=sq-ratings-h2",
                "serviceledger.query.improvement-view.alias=sq-improvement-actions-h2",
                "serviceledger.query.satisfaction-target-view.alias=sq-satisfaction-targets-h2"})
public @interface StandaloneOnH2 {
}
