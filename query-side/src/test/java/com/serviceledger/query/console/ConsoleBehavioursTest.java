package com.serviceledger.query.console;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.serviceledger.kernel.policy.ScoringRuleSet;
import com.serviceledger.kernel.policy.ScoringTerms;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The verify form offers the tiered catalogue and its points from the policy, and nothing of it otherwise. */
class ConsoleBehavioursTest {

    static final ObjectMapper JSON = new ObjectMapper();
    static final ScoringTerms TIERED = new ScoringTerms(ScoringRuleSet.TIERED_4, 5, 10, 5, 2, 3, 3, 3, 2,
            new BigDecimal("500"), 3, new BigDecimal("500"), 5, 15, 30);

    static List<ConsoleCases.Field> verifyFields(ConsoleBehaviours.Catalogue catalogue) {
        List<ConsoleCases.Step> steps = ConsoleBehaviours.verifyForm(ConsoleCases.Kind.COMPLAINT.steps, catalogue);
        return steps.stream().filter(step -> step.name().equals("verify")).findFirst().orElseThrow().fields();
    }

    @Test
    void underTheTieredRuleSetTheVerifierPicksAListedBehaviourAndPointsOfTheTiersRanges() {
        JsonNode scoring = JSON.valueToTree(TIERED);
        ConsoleBehaviours.Catalogue zh = ConsoleBehaviours.read(scoring, false);
        assertThat(zh.behaviours()).hasSize(13);
        assertThat(zh.behaviours().get("DISRESPECT").label()).startsWith("不尊重客户");
        assertThat(zh.behaviours().get("FALSE_PROMISE").tier()).isEqualTo("TIER_2");
        assertThat(ConsoleBehaviours.read(scoring, true).behaviours().get("QUARREL").label())
                .isEqualTo("quarrelling with a customer");
        assertThat(zh.tier1Range()).isEqualTo("5–15");
        assertThat(zh.tier2Range()).isEqualTo("15–30");

        List<ConsoleCases.Field> fields = verifyFields(zh);
        ConsoleCases.Field behaviour = fields.stream().filter(f -> f.name().equals("behaviour")).findFirst()
                .orElseThrow();
        assertThat(behaviour.options()).startsWith("COLD_ATTITUDE").contains("RETALIATION").hasSize(13);
        ConsoleCases.Field points = fields.stream().filter(f -> f.name().equals("points")).findFirst().orElseThrow();
        assertThat(points.options()).first().isEqualTo("5");
        assertThat(points.options()).last().isEqualTo("30");
        assertThat(points.options()).hasSize(26);
    }

    @Test
    void underTheDefaultRuleSetNeitherBehaviourNorPointsIsOffered() {
        ConsoleBehaviours.Catalogue none = ConsoleBehaviours.read(JSON.valueToTree(ScoringTerms.defaults()), false);
        assertThat(none.tiered()).isFalse();
        assertThat(verifyFields(none)).extracting(ConsoleCases.Field::name)
                .containsExactly("misconduct", "responsibleStaffId", "grade", "findings");
    }
}
