package com.serviceledger.query.console;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.springframework.stereotype.Component;
import org.springframework.web.reactive.function.server.ServerRequest;
import reactor.core.publisher.Mono;

/**
 * The tiered rule set's catalogue (002 第4篇 §9) as the console shows it: each listed behaviour labelled in the
 * reader's language with its tier, and the tiers' points ranges, from the subsidiary's policy in force. The query side
 * keeps only the version in force now; the API judges a verification by the one in force when the complaint was
 * received, and the form shows its refusal when they differ.
 */
@Component
class ConsoleBehaviours {

    /** A listed behaviour: its code, its tier (TIER_1, TIER_2) and its label in the reader's language. */
    record Behaviour(String code, String tier, String label) {
    }

    /**
     * The catalogue, the tiers' ranges and every number of either range (the points a verifier may give, ascending);
     * empty (not tiered) when the subsidiary's policy in force is on the default rule set or cannot be read.
     */
    record Catalogue(boolean tiered, Map<String, Behaviour> behaviours, String tier1Range, String tier2Range,
                     List<String> points) {

        static final Catalogue NONE = new Catalogue(false, Map.of(), null, null, List.of());
    }

    private final ConsoleApi api;

    ConsoleBehaviours(ConsoleApi api) {
        this.api = api;
    }

    Mono<Catalogue> of(ServerRequest request, String subsidiaryId) {
        if (subsidiaryId == null || subsidiaryId.isBlank()) {
            return Mono.just(Catalogue.NONE);
        }
        boolean english = ConsoleView.locale(request).getLanguage().equals("en");
        return api.get(request, "/api/policies/" + ConsoleJson.segment(subsidiaryId))
                .map(outcome -> outcome.successful()
                        ? read(outcome.json().path("terms").path("scoring"), english) : Catalogue.NONE);
    }

    static Catalogue read(JsonNode scoring, boolean english) {
        if (!"TIERED_4".equals(scoring.path("ruleSet").asText())) {
            return Catalogue.NONE;
        }
        Map<String, Behaviour> behaviours = new LinkedHashMap<>();
        for (JsonNode listed : scoring.path("behaviours")) {
            String code = listed.path("code").asText();
            behaviours.put(code, new Behaviour(code, listed.path("tier").asText(),
                    listed.path(english ? "labelEn" : "labelZh").asText(code)));
        }
        return new Catalogue(true, behaviours, range(scoring.path("tier1Range")), range(scoring.path("tier2Range")),
                points(scoring));
    }

    /**
     * The verify step as the catalogue allows: under the tiered rule set its behaviour field offers the catalogue and
     * its points field the tiers' points; otherwise neither field is offered.
     */
    static List<ConsoleCases.Step> verifyForm(List<ConsoleCases.Step> steps, Catalogue catalogue) {
        List<ConsoleCases.Step> shown = new ArrayList<>();
        for (ConsoleCases.Step step : steps) {
            if (!step.name().equals("verify")) {
                shown.add(step);
                continue;
            }
            List<ConsoleCases.Field> fields = new ArrayList<>();
            for (ConsoleCases.Field field : step.fields()) {
                if (field.name().equals("behaviour") || field.name().equals("points")) {
                    if (catalogue.tiered()) {
                        fields.add(new ConsoleCases.Field(field.name(), field.type(), false,
                                field.name().equals("behaviour") ? List.copyOf(catalogue.behaviours().keySet())
                                        : catalogue.points()));
                    }
                } else {
                    fields.add(field);
                }
            }
            shown.add(new ConsoleCases.Step(step.name(), step.statuses(), step.also(), fields));
        }
        return shown;
    }

    private static List<String> points(JsonNode scoring) {
        TreeSet<Integer> points = new TreeSet<>();
        for (String tier : List.of("tier1Range", "tier2Range")) {
            JsonNode range = scoring.path(tier);
            for (int p = range.path("min").asInt(); p <= range.path("max").asInt(); p++) {
                points.add(p);
            }
        }
        return points.stream().map(String::valueOf).toList();
    }

    private static String range(JsonNode range) {
        return range.isObject() ? range.path("min").asText() + "–" + range.path("max").asText() : null;
    }
}
