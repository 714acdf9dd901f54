package com.serviceledger.query.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.serviceledger.platform.apidocs.ApiDocsCheck;
import com.serviceledger.kernel.common.MetadataKeys;
import com.serviceledger.platform.correlation.CorrelationMdcInterceptor;
import com.serviceledger.query.support.Api;
import com.serviceledger.query.support.QuerySideTest;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.messaging.DefaultInterceptorChain;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.slf4j.MDC;
import org.springframework.boot.logging.LogLevel;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ApplicationContext;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.core.env.Environment;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.reactive.result.method.annotation.RequestMappingHandlerMapping;

/**
 * The query side's operations surface over real HTTP: the API description lists every handler with its roles
 * and errors, health shows Elasticsearch, the database and the processors, the probes answer, and the
 * correlation id reaches the response and the log lines.
 */
@QuerySideTest
@ExtendWith(OutputCaptureExtension.class)
class OperationsEndpointsTest {

    private final Api api;
    private final ApplicationContext context;
    private final LoggingSystem logging;
    private final EventProcessingConfiguration processing;
    private final WebTestClient anonymous;

    OperationsEndpointsTest(Api api, ApplicationContext context, LoggingSystem logging,
                            EventProcessingConfiguration processing, Environment environment) {
        this.api = api;
        this.context = context;
        this.logging = logging;
        this.processing = processing;
        this.anonymous = WebTestClient.bindToServer()
                .baseUrl("http://localhost:" + environment.getRequiredProperty("local.server.port"))
                .responseTimeout(Duration.ofSeconds(30)).build();
    }

    @Test
    void theApiDescriptionIsOpenAndDocumentsEveryHandlerWithRolesAndErrors() {
        Map<String, Object> doc = anonymous.get().uri("/v3/api-docs").exchange()
                .expectStatus().isOk()
                .expectBody(new ParameterizedTypeReference<Map<String, Object>>() {
                }).returnResult().getResponseBody();

        List<String> problems = ApiDocsCheck.check(doc, context.getBeansOfType(RequestMappingHandlerMapping.class).values());
        assertThat(problems).isEmpty();
        assertThat(ApiDocsCheck.roles(doc, "get", "/api/metrics/complaint-rate"))
                .containsExactlyInAnyOrder("ANALYST", "QUALITY_SUPERVISOR", "AUDITOR");
        assertThat(ApiDocsCheck.responses(doc, "get", "/api/complaints/{complaintId}")).contains("401", "403", "404");
        assertThat(ApiDocsCheck.responses(doc, "get", "/api/complaints")).contains("400");
        // the test context authenticates with HTTP Basic (mode users)
        assertThat(doc.toString()).contains("basicAuth");
        anonymous.get().uri("/swagger-ui.html").exchange().expectStatus().is3xxRedirection();
    }

    @Test
    void healthShowsElasticsearchTheDatabaseAndTheProcessorsToAnAdmin() {
        api.http().get().uri("/actuator/health").exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.status").isEqualTo("UP")
                .jsonPath("$.components.elasticsearch.status").isEqualTo("UP")
                .jsonPath("$.components.db.status").isEqualTo("UP")
                .jsonPath("$.components.processors.status").isEqualTo("UP")
                .jsonPath("$.components.processors.details.complaint-view.running").isEqualTo(true);
        // without credentials: the status only, no hosts or errors
        anonymous.get().uri("/actuator/health").exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.status").isEqualTo("UP").jsonPath("$.components").doesNotExist();
    }

    @Test
    void readinessIncludesWhatServingNeedsAndLivenessOnlyTheProcess() {
        api.http().get().uri("/actuator/health/readiness").exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.status").isEqualTo("UP")
                .jsonPath("$.components.readinessState.status").isEqualTo("UP")
                .jsonPath("$.components.elasticsearch.status").isEqualTo("UP")
                .jsonPath("$.components.db.status").isEqualTo("UP")
                .jsonPath("$.components.processors").doesNotExist();
        api.http().get().uri("/actuator/health/liveness").exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.status").isEqualTo("UP")
                .jsonPath("$.components.livenessState.status").isEqualTo("UP")
                .jsonPath("$.components.elasticsearch").doesNotExist()
                .jsonPath("$.components.processors").doesNotExist();
        // the probes carry no credentials
        anonymous.get().uri("/actuator/health/readiness").exchange().expectStatus().isOk();
        anonymous.get().uri("/actuator/health/liveness").exchange().expectStatus().isOk();
    }

    @Test
    void theCorrelationIdIsEchoedAndInTheRequestsLogLines(CapturedOutput output) {
        String id = "corr-ops-" + System.nanoTime();
        logging.setLogLevel("com.serviceledger.platform.correlation", LogLevel.DEBUG);
        try {
            api.http().get().uri("/api/complaints/CMP-no-such-" + id).header("X-Correlation-Id", id).exchange()
                    .expectStatus().isNotFound()
                    .expectHeader().valueEquals("X-Correlation-Id", id);
            // the line is written when the exchange completes, which may be just after the client has the answer
            await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(50)).untilAsserted(() ->
                    assertThat(output.getOut().lines()
                            .filter(line -> line.contains("/api/complaints/CMP-no-such-" + id) && line.contains("404")))
                            .as("the request's log line, with its correlation id in the MDC pattern")
                            .singleElement().satisfies(line -> assertThat(line).contains("[" + id + "]")));
        } finally {
            logging.setLogLevel("com.serviceledger.platform.correlation", null);
        }
        // a request without one gets a fresh id, also refused ones (security runs after the filter)
        anonymous.get().uri("/api/complaints").exchange()
                .expectStatus().isUnauthorized()
                .expectHeader().exists("X-Correlation-Id");
    }

    @Test
    void eventHandlersLogWithTheirEventsCorrelationId() throws Exception {
        assertThat(processing.interceptorsFor("complaint-view"))
                .anySatisfy(interceptor -> assertThat(interceptor).isInstanceOf(CorrelationMdcInterceptor.class));

        EventMessage<?> event = GenericEventMessage.asEventMessage("payload")
                .andMetaData(Map.of(MetadataKeys.CORRELATION_ID, "corr-event-7"));
        AtomicReference<String> seen = new AtomicReference<>();
        MDC.put("correlationId", "before");
        try {
            DefaultUnitOfWork<EventMessage<?>> unitOfWork = DefaultUnitOfWork.startAndGet(event);
            new DefaultInterceptorChain<EventMessage<?>>(unitOfWork, List.of(new CorrelationMdcInterceptor()),
                    message -> {
                        seen.set(MDC.get("correlationId"));
                        return null;
                    }).proceed();
            unitOfWork.commit();
            assertThat(seen).hasValue("corr-event-7");
            assertThat(MDC.get("correlationId")).as("the processor thread's own id is restored").isEqualTo("before");
        } finally {
            MDC.remove("correlationId");
        }
    }
}
