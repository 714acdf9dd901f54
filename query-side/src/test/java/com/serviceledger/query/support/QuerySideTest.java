package com.serviceledger.query.support;

import com.serviceledger.query.app.QuerySideApplication;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.context.annotation.Import;

/**
 * The one context every test of this module shares: the query side on a random port, H2 in memory for
 * events and tokens, and the JVM's embedded Elasticsearch node.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(classes = QuerySideApplication.class, webEnvironment = WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:query-side-test;DB_CLOSE_DELAY=-1",
        "serviceledger.elasticsearch.embedded.enabled=true",
        "serviceledger.elasticsearch.embedded.shared-in-jvm=true",
        "serviceledger.query.complaint-view.token-claim-interval=200ms",
        "serviceledger.query.complaint-index.refresh-interval=200ms",
        "serviceledger.query.service-request-view.token-claim-interval=200ms",
        "serviceledger.query.service-request-index.refresh-interval=200ms",
        "serviceledger.query.inspection-views.token-claim-interval=200ms",
        "serviceledger.query.inspection-views.refresh-interval=200ms",
        "serviceledger.query.scorecard-view.token-claim-interval=200ms",
        "serviceledger.query.scorecard-view.refresh-interval=200ms",
        "serviceledger.query.history.token-claim-interval=200ms",
        "serviceledger.query.history.refresh-interval=200ms",
        "serviceledger.query.live.min-interval=200ms",
        "serviceledger.query.live.settle=300ms",
        "serviceledger.query.live.heartbeat=1s",
        "serviceledger.processors.status-cache-ttl=50ms",
        // far below the default, so every rebuild test also writes documents falling out between batches
        "serviceledger.query.rebuild.held-documents=50",
        // and every rebuild's bulk replay hands its events over in many small batches
        "serviceledger.query.rebuild.bulk-batch-size=300",
        // test-only vault keys (public, never for real data): the query-side app has no default on purpose
        "serviceledger.privacy.master-key=ZGV2LW9ubHktbWFzdGVyLWtleS1ub3Qtc2VjcmV0ISE=",
        "serviceledger.privacy.fingerprint-key=ZGV2LW9ubHktZmluZ2VycHJpbnQta2V5LXB1YmxpYyE="})
@Import(QuerySideTestSupport.class)
public @interface QuerySideTest {
}
