package com.serviceledger.stack;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * compose.yaml against the Compose Specification's JSON schema (what {@code docker compose config} checks first),
 * after interpolation with its defaults and with merge keys resolved, as Compose reads it. The schema is fetched
 * by the build (see this module's pom) from a 2021 revision of the specification, so the file is also valid for
 * Compose v1; the one newer key the stack uses, the top-level project {@code name}, is checked here by the rule
 * the current specification gives it and then left out.
 */
class ComposeSpecificationTest {

    private static final Schema SCHEMA = schema();

    @Test
    void the_compose_file_is_valid_against_the_compose_specification() {
        ObjectNode compose = Repo.compose().deepCopy();
        assertThat(compose.path("name").asText()).matches("^[a-z0-9][a-z0-9_-]*$");
        compose.remove("name");

        assertThat(violations(compose)).isEmpty();
    }

    @Test
    void the_schema_check_catches_a_misspelt_key_and_a_wrong_type() {
        ObjectNode compose = Repo.compose().deepCopy();
        compose.remove("name");
        ObjectNode kibana = (ObjectNode) compose.path("services").path("kibana");
        kibana.set("helthcheck", kibana.path("healthcheck"));
        kibana.put("ports", "5601:5601");

        assertThat(violations(compose)).anyMatch(v -> v.contains("helthcheck")).anyMatch(v -> v.contains("ports"));
    }

    private static List<String> violations(JsonNode compose) {
        List<Error> errors = SCHEMA.validate(compose.toString(), InputFormat.JSON);
        return errors.stream().map(e -> e.getInstanceLocation() + ": " + e.getMessage()).toList();
    }

    private static Schema schema() {
        Path file = Path.of(System.getProperty("compose-spec.schema", "target/compose-spec/compose-spec.json"));
        assertThat(file).as("the build fetches the Compose Specification's schema (generate-test-resources)").exists();
        try (InputStream in = Files.newInputStream(file)) {
            JsonNode schema = new ObjectMapper().readTree(in);
            withoutDraft4Ids(schema);
            return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2019_09)
                    .getSchema(schema.toString(), InputFormat.JSON);
        } catch (IOException e) {
            throw new IllegalStateException(file + " cannot be read", e);
        }
    }

    /**
     * That revision still labels its definitions with draft-04 {@code "id": "#/definitions/…"}, which draft 2019-09
     * does not know (the validator refuses it); they are labels only, never the target of a reference.
     */
    private static void withoutDraft4Ids(JsonNode node) {
        if (node instanceof ObjectNode object && object.path("id").isTextual()) {
            object.remove("id");
        }
        node.forEach(ComposeSpecificationTest::withoutDraft4Ids);
    }
}
