package com.serviceledger.stack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.TreeMap;

/** The repository this build runs in, and its YAML and JSON files as trees. */
final class Repo {

    static final Path ROOT = Path.of(System.getProperty("repository.root", "../..")).toAbsolutePath().normalize();
    static final Path COMPOSE_DIR = ROOT.resolve("deploy/compose");
    static final Path COMPOSE_FILE = COMPOSE_DIR.resolve("compose.yaml");
    static final Path DOCKER_DIR = ROOT.resolve("deploy/docker");
    static final Path K8S_DIR = ROOT.resolve("deploy/k8s");
    /** The runnable apps: module directory = image name = Dockerfile name. */
    static final List<String> APPS = List.of("command-side", "query-side");

    private static final YAMLMapper YAML = new YAMLMapper();
    private static final ObjectMapper JSON = new ObjectMapper();

    private Repo() {
    }

    static JsonNode yaml(Path file) {
        try {
            return YAML.readTree(file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(file + " is not valid YAML", e);
        }
    }

    /** Every document of a multi-document YAML file. */
    static List<JsonNode> yamlDocuments(Path file) {
        try (var parser = new YAMLFactory().createParser(file.toFile())) {
            List<JsonNode> documents = new ArrayList<>();
            var iterator = YAML.readValues(parser, JsonNode.class);
            while (iterator.hasNext()) {
                JsonNode document = iterator.next();
                if (document != null && !document.isMissingNode() && !document.isNull()) {
                    documents.add(document);
                }
            }
            return documents;
        } catch (IOException e) {
            throw new UncheckedIOException(file + " is not valid YAML", e);
        }
    }

    /**
     * The compose file as Compose sees it with no .env: {@code ${VAR:-default}} replaced by its default, {@code $$}
     * by {@code $}, merge keys ({@code <<}) resolved.
     */
    static JsonNode compose() {
        String text = java.util.regex.Pattern.compile("\\$\\{[A-Z0-9_]+:-([^}]*)}").matcher(text(COMPOSE_FILE))
                .replaceAll(m -> java.util.regex.Matcher.quoteReplacement(m.group(1)))
                .replace("$$", "$");
        return JSON.valueToTree(new org.yaml.snakeyaml.Yaml().load(text));
    }

    static JsonNode json(Path file) {
        try {
            return JSON.readTree(file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(file + " is not valid JSON", e);
        }
    }

    static JsonNode parse(String json) {
        try {
            return JSON.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException("not valid JSON: " + json, e);
        }
    }

    static String text(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The first document of an app's application.yml (its defaults, before any profile section). */
    static JsonNode appConfig(String module) {
        return yamlDocuments(ROOT.resolve(module).resolve("src/main/resources/application.yml")).getFirst();
    }

    /** A YAML tree flattened to dotted keys, as Spring sees it. */
    static Map<String, String> flatten(JsonNode node) {
        Map<String, String> flat = new TreeMap<>();
        flatten("", node, flat);
        return flat;
    }

    private static void flatten(String prefix, JsonNode node, Map<String, String> flat) {
        if (node.isObject()) {
            node.properties().forEach(e -> flatten(prefix.isEmpty() ? e.getKey() : prefix + "." + e.getKey(),
                    e.getValue(), flat));
        } else {
            flat.put(prefix, node.asText());
        }
    }

    /**
     * The environment variables that bind to a {@code serviceledger.*} property: the query side's configuration
     * metadata (on the test classpath) and the platform's settings the stack sets.
     */
    static Set<String> knownServiceLedgerVariables() {
        Set<String> known = new TreeSet<>();
        List.of("serviceledger.security.mode", "serviceledger.security.jwt.roles-claim",
                "serviceledger.security.jwt.principal-claim", "serviceledger.privacy.master-key",
                "serviceledger.privacy.fingerprint-key", "serviceledger.blobs.kind", "serviceledger.blobs.s3.endpoint",
                "serviceledger.blobs.s3.bucket", "serviceledger.blobs.s3.prefix", "serviceledger.blobs.s3.path-style",
                "serviceledger.blobs.s3.access-key", "serviceledger.blobs.s3.secret-key")
                .forEach(p -> known.add(envName(p)));
        try (var in = Repo.class.getResourceAsStream("/META-INF/spring-configuration-metadata.json")) {
            if (in == null) {
                throw new IllegalStateException("the query side's configuration metadata is not on the classpath");
            }
            JSON.readTree(in).path("properties").forEach(p -> known.add(envName(p.path("name").asText())));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return known;
    }

    /** Spring's environment-variable form of a property name (relaxed binding). */
    static String envName(String property) {
        return property.replace("-", "").replace(".", "_").toUpperCase();
    }
}
