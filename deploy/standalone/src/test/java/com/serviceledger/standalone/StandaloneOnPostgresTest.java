package com.serviceledger.standalone;

import org.springframework.boot.test.context.SpringBootTest;

/** The same system on PostgreSQL, the production database engine (a real embedded server). */
@SpringBootTest(classes = {StandaloneApplication.class, TestOrganisation.class}, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
                "serviceledger.data-dir=${java.io.tmpdir}/serviceledger-e2e-${random.uuid}",
                "serviceledger.embedded-postgres.enabled=true",
                "serviceledger.elasticsearch.embedded.shared-in-jvm=true",
                "serviceledger.elasticsearch.embedded.http-port=0",
                "serviceledger.query.complaint-index.alias=sq-complaints-pg",
                "serviceledger.query.service-request-index.alias=sq-service-requests-pg",
                "serviceledger.query.inspection-views.inspections-alias=sq-inspections-pg",
                "serviceledger.query.inspection-views.rectifications-alias=sq-rectifications-pg",
                "serviceledger.query.inspection-views.quality-months-alias=sq-quality-months-pg",
                "serviceledger.query.rating-view.alias=sq-ratings-pg",
                "serviceledger.query.improvement-view.alias=sq-improvement-actions-pg",
                "serviceledger.query.satisfaction-target-view.alias=sq-satisfaction-targets-pg"})
class StandaloneOnPostgresTest extends StandaloneContract {
}
