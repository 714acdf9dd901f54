package com.serviceledger.stack;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** deploy/k8s: Kustomize base and overlays against the repository, the Dockerfiles and the apps' configuration. */
class KubernetesManifestsTest {

    private static final Path BASE = Repo.K8S_DIR.resolve("base");

    @Test
    void every_manifest_parses_and_every_kustomization_lists_existing_files() throws IOException {
        List<Path> kustomizations = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Repo.K8S_DIR)) {
            files.filter(f -> f.toString().endsWith(".yaml")).forEach(f -> {
                List<JsonNode> documents = Repo.yamlDocuments(f);
                assertThat(documents).as(f.toString()).isNotEmpty();
                documents.forEach(d -> assertThat(d.path("apiVersion").asText()).as(f + " apiVersion").isNotBlank());
                if (f.getFileName().toString().equals("kustomization.yaml")) {
                    kustomizations.add(f);
                }
            });
        }
        assertThat(kustomizations).contains(BASE.resolve("kustomization.yaml"),
                Repo.K8S_DIR.resolve("overlays/production/kustomization.yaml"));
        for (Path kustomization : kustomizations) {
            JsonNode k = Repo.yaml(kustomization);
            k.path("resources").forEach(r -> assertThat(kustomization.resolveSibling(r.asText()).normalize())
                    .as(kustomization + " lists " + r.asText()).exists());
            k.path("patches").forEach(p -> assertThat(kustomization.resolveSibling(p.path("path").asText()))
                    .as(kustomization + " patches with " + p.path("path").asText()).exists());
        }
    }

    @Test
    void the_deployments_run_the_images_of_the_dockerfiles_with_probes_on_the_apps_ports() {
        JsonNode kustomization = Repo.yaml(BASE.resolve("kustomization.yaml"));
        Set<String> images = new TreeSet<>();
        kustomization.path("images").forEach(i -> images.add(i.path("name").asText()));
        for (String app : Repo.APPS) {
            JsonNode deployment = deployment(app);
            JsonNode container = deployment.path("spec").path("template").path("spec").path("containers").get(0);
            assertThat(container.path("image").asText()).isEqualTo("serviceledger/" + app);
            assertThat(images).contains("serviceledger/" + app);
            assertThat(Repo.DOCKER_DIR.resolve(app + ".Dockerfile")).exists();
            String port = Repo.appConfig(app).path("server").path("port").asText();
            assertThat(container.path("ports").get(0).path("containerPort").asText()).isEqualTo(port);
            assertThat(Repo.appConfig(app).path("management").path("endpoint").path("health").path("probes")
                    .path("enabled").asBoolean()).isTrue();
            assertThat(container.path("livenessProbe").path("httpGet").path("path").asText())
                    .isEqualTo("/actuator/health/liveness");
            assertThat(container.path("readinessProbe").path("httpGet").path("path").asText())
                    .isEqualTo("/actuator/health/readiness");
            assertThat(container.path("livenessProbe").path("httpGet").path("port").asText())
                    .isEqualTo(container.path("ports").get(0).path("name").asText());
            assertThat(deployment.path("spec").path("replicas").asInt()).as(app + " replicas").isGreaterThan(1);
            // the image's user (Dockerfile USER 10001)
            assertThat(deployment.path("spec").path("template").path("spec").path("securityContext")
                    .path("runAsUser").asText()).isEqualTo("10001");
        }
    }

    @Test
    void every_query_processor_has_more_segments_than_query_side_replicas() {
        JsonNode processors = configMap("serviceledger-query-processors").path("data");
        int replicas = deployment("query-side").path("spec").path("replicas").asInt();
        for (JsonNode override : Repo.yaml(Repo.K8S_DIR.resolve("overlays/production/kustomization.yaml"))
                .path("replicas")) {
            if (override.path("name").asText().equals("query-side")) {
                replicas = Math.max(replicas, override.path("count").asInt());
            }
        }
        List<String> segmented = List.of("COMPLAINTVIEW", "SERVICEREQUESTVIEW", "INSPECTIONVIEWS", "RATINGVIEW",
                "SCORECARDVIEW", "HISTORY");
        for (String view : segmented) {
            String key = "SERVICELEDGER_QUERY_" + view + "_SEGMENTCOUNT";
            assertThat(processors.has(key)).as(key).isTrue();
            assertThat(processors.path(key).asInt()).as(key).isGreaterThan(replicas);
        }
    }

    @Test
    void every_serviceledger_variable_binds_to_a_real_property() {
        Set<String> known = Repo.knownServiceLedgerVariables();
        for (String name : List.of("serviceledger-config", "serviceledger-query-processors")) {
            configMap(name).path("data").fieldNames().forEachRemaining(key -> {
                if (key.startsWith("SERVICELEDGER_")) {
                    assertThat(known).as(name + " sets " + key).contains(key);
                }
            });
        }
        JsonNode secret = Repo.yamlDocuments(BASE.resolve("secret.yaml")).getFirst();
        assertThat(secret.path("stringData").has("SERVICELEDGER_PRIVACY_MASTERKEY")).isTrue();
        assertThat(secret.path("stringData").has("SERVICELEDGER_PRIVACY_FINGERPRINTKEY")).isTrue();
    }

    private static JsonNode deployment(String app) {
        return Repo.yamlDocuments(BASE.resolve(app + ".yaml")).stream()
                .filter(d -> d.path("kind").asText().equals("Deployment")).findFirst().orElseThrow();
    }

    private static JsonNode configMap(String name) {
        return Repo.yamlDocuments(BASE.resolve("configmap.yaml")).stream()
                .filter(d -> d.path("metadata").path("name").asText().equals(name)).findFirst().orElseThrow();
    }
}
