package com.serviceledger.deploy.kibana;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** One line of an NDJSON file of saved objects, as {@code POST /api/saved_objects/_import} reads it. */
record SavedObject(String source, String type, String id, JsonNode json) {

    private static final ObjectMapper JSON = new ObjectMapper();

    String title() {
        return json.path("attributes").path("title").asText();
    }

    JsonNode attributes() {
        return json.path("attributes");
    }

    /** A readable name for failure messages: file, type, id and title. */
    String name() {
        return "%s %s/%s \"%s\"".formatted(source, type, id, title());
    }

    /** An attribute Kibana stores as a JSON string (panelsJSON, searchSourceJSON, fieldFormatMap …). */
    JsonNode embedded(JsonNode text) {
        if (text.isMissingNode() || text.isNull()) {
            return JSON.missingNode();
        }
        try {
            return JSON.readTree(text.asText());
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(name() + ": not JSON: " + text.asText(), e);
        }
    }

    static List<SavedObject> readAll(Path directory) {
        try (Stream<Path> files = Files.list(directory)) {
            List<SavedObject> objects = new ArrayList<>();
            for (Path file : files.filter(f -> f.toString().endsWith(".ndjson")).sorted().toList()) {
                List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
                for (int i = 0; i < lines.size(); i++) {
                    if (!lines.get(i).isBlank()) {
                        objects.add(parse(file.getFileName() + ":" + (i + 1), lines.get(i)));
                    }
                }
            }
            return objects;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static SavedObject parse(String source, String line) {
        try {
            JsonNode json = JSON.readTree(line);
            return new SavedObject(source, json.path("type").asText(), json.path("id").asText(), json);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(source + ": not a JSON object: " + e.getOriginalMessage(), e);
        }
    }
}
