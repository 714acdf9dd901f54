package com.serviceledger.standalone;

import static org.assertj.core.api.Assertions.assertThat;

import com.serviceledger.platform.apidocs.ApiDocsCheck;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.server.PathContainer;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.reactive.result.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * The standalone app's API description covers both sides: every handler documented, and the roles it names
 * for each endpoint are exactly those of the access specification ({@link AccessMappingTest#TABLE}, written
 * apart from the production rules), so the description is right, not merely present; and no two body classes
 * share one schema name, so each endpoint is documented with its own body.
 */
@StandaloneOnH2
class ApiDocsTest {

    /** The description outgrew the client's default buffer (256 KiB) with the case timelines. */
    private static final int DOCUMENT_LIMIT = 4 * 1024 * 1024;

    @LocalServerPort
    int port;
    @Autowired
    ApplicationContext context;

    Map<String, Object> document() {
        return WebTestClient.bindToServer().baseUrl("http://localhost:" + port).responseTimeout(Duration.ofSeconds(60))
                .codecs(codecs -> codecs.defaultCodecs().maxInMemorySize(DOCUMENT_LIMIT)).build()
                .get().uri("/v3/api-docs").exchange()
                .expectStatus().isOk()
                .expectBody(new ParameterizedTypeReference<Map<String, Object>>() {
                }).returnResult().getResponseBody();
    }

    @Test
    void everyHandlerOfBothSidesIsDocumentedWithItsRolesAndErrors() throws Exception {
        Map<String, Object> doc = document();
        // for reading (target/openapi.json), and for whoever wants a checked-in copy
        Files.writeString(Path.of("target", "openapi.json"), WebTestClient.bindToServer()
                .baseUrl("http://localhost:" + port)
                .codecs(codecs -> codecs.defaultCodecs().maxInMemorySize(DOCUMENT_LIMIT)).build()
                .get().uri("/v3/api-docs").exchange()
                .expectBody(String.class).returnResult().getResponseBody());

        assertThat(ApiDocsCheck.check(doc, context.getBeansOfType(RequestMappingHandlerMapping.class).values()))
                .isEmpty();
        assertThat(doc.toString()).contains("basicAuth");
    }

    /** Two request records of one simple name were one schema: the quality month's close had the scorecards' body. */
    @Test
    void eachEndpointIsDocumentedWithItsOwnBody() {
        Map<String, Object> doc = document();
        assertThat(bodySchema(doc, "/api/quality-months/close")).isEqualTo("#/components/schemas/CloseQualityMonth");
        assertThat(bodySchema(doc, "/api/scorecards/close")).isEqualTo("#/components/schemas/CloseScorecardMonth");
        assertThat(bodySchema(doc, "/api/complaints")).isEqualTo("#/components/schemas/ReceiveComplaint");
        assertThat(bodySchema(doc, "/api/service-requests")).isEqualTo("#/components/schemas/ReceiveServiceRequest");
        assertThat(String.valueOf(schema(doc, "CloseQualityMonth").get("properties"))).contains("unit")
                .doesNotContain("staffId");
    }

    /** Commands must be JSON (cross-site request protection): the bodiless ones say so, and all document the 415. */
    @Test
    void bodilessCommandsDocumentTheirContentTypeAndThe415() {
        Map<String, Object> doc = document();
        for (String path : List.of("/api/complaints/{complaintId}/archive", "/api/admin/views/{view}/rebuild",
                "/api/admin/dead-letters/{processor}/retry")) {
            assertThat(ApiDocsCheck.responses(doc, "post", path)).as(path).contains("415");
            assertThat(String.valueOf(ApiDocsCheck.operation(doc, "post", path).get("description"))).as(path)
                    .contains("Content-Type: application/json");
        }
        assertThat(ApiDocsCheck.responses(doc, "post", "/api/complaints")).contains("415");
        assertThat(ApiDocsCheck.responses(doc, "get", "/api/complaints/{complaintId}")).doesNotContain("415");
    }

    /** A disclosure over the per-user limit is a 429 problem with Retry-After, documented for both operations. */
    @Test
    @SuppressWarnings("unchecked")
    void disclosuresDocumentThe429WithRetryAfter() {
        Map<String, Object> doc = document();
        for (String path : List.of("/api/complaints/{complaintId}/customer-disclosures",
                "/api/service-requests/{requestId}/customer-disclosures")) {
            Map<String, Object> tooMany = (Map<String, Object>) ((Map<String, Object>) ApiDocsCheck
                    .operation(doc, "post", path).get("responses")).get("429");
            assertThat(tooMany).as(path).isNotNull();
            assertThat(String.valueOf(tooMany.get("description"))).as(path).contains("too-many-disclosures");
            assertThat(String.valueOf(tooMany.get("content"))).as(path).contains("application/problem+json")
                    .contains("#/components/schemas/Problem");
            assertThat((Map<String, Object>) tooMany.get("headers")).as(path).containsKey("Retry-After");
        }
    }

    @SuppressWarnings("unchecked")
    private static String bodySchema(Map<String, Object> doc, String path) {
        Map<String, Object> body = (Map<String, Object>) ApiDocsCheck.operation(doc, "post", path).get("requestBody");
        Map<String, Object> content = (Map<String, Object>) body.get("content");
        Map<String, Object> json = (Map<String, Object>) content.get("application/json");
        return String.valueOf(((Map<String, Object>) json.get("schema")).get("$ref"));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> schema(Map<String, Object> doc, String name) {
        return (Map<String, Object>) ((Map<String, Object>) ((Map<String, Object>) doc.get("components"))
                .get("schemas")).get(name);
    }

    @Test
    @SuppressWarnings("unchecked")
    void theDocumentedRolesAreThoseOfTheAccessSpecification() {
        Map<String, Map<String, Object>> paths = (Map<String, Map<String, Object>>) document().get("paths");
        List<String> wrong = new ArrayList<>();
        int compared = 0;
        for (AccessMappingTest.Endpoint endpoint : AccessMappingTest.TABLE) {
            if (endpoint.path().startsWith("/actuator/")) {
                continue; // not part of the API description
            }
            var documented = paths.entrySet().stream()
                    .filter(path -> PathPatternParser.defaultInstance.parse(path.getKey())
                            .matches(PathContainer.parsePath(endpoint.path())))
                    .map(path -> (Map<String, Object>) path.getValue().get(endpoint.method().toLowerCase()))
                    .filter(operation -> operation != null)
                    .findFirst();
            if (documented.isEmpty()) {
                wrong.add(endpoint + ": not documented");
                continue;
            }
            compared++;
            var roles = new HashSet<>((List<String>) documented.get().get("x-roles"));
            if (!roles.equals(endpoint.roles())) {
                wrong.add(endpoint + ": documented " + roles + ", specified " + endpoint.roles());
            }
        }
        assertThat(wrong).isEmpty();
        assertThat(compared).isGreaterThan(60);
    }
}
