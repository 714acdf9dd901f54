package com.serviceledger.kernel.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.serviceledger.kernel.complaint.MisconductGrade;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** 002 第4篇 §9 as policy terms: each tier a points range, the listed behaviours a catalogue with their tier. */
class TieredCatalogueTest {

    static ScoringTerms tiered(PointsRange tier1, PointsRange tier2, List<ListedBehaviour> behaviours) {
        return new ScoringTerms(ScoringRuleSet.TIERED_4, 5, 10, 5, 2, 3, 3, 3, 2, BigDecimal.TEN, 3, BigDecimal.TEN,
                5, 15, 30, null, null, tier1, tier2, behaviours);
    }

    @Test
    void theRegulationListsSevenTierOneAndSixTierTwoBehavioursInTiersOfFiveToFifteenAndFifteenToThirty() {
        ScoringTerms terms = ScoringTerms.defaults();
        assertThat(terms.behaviours()).filteredOn(b -> b.tier() == MisconductGrade.TIER_1).extracting(
                ListedBehaviour::code).containsExactly("COLD_ATTITUDE", "UNFAMILIAR_WITH_WORK", "DISRESPECT",
                "DELIBERATE_OBSTRUCTION", "QUARREL", "DENYING_FACTS", "WEAK_SUPERVISION");
        assertThat(terms.behaviours()).filteredOn(b -> b.tier() == MisconductGrade.TIER_2).extracting(
                ListedBehaviour::code).containsExactly("NOT_COOPERATING", "HIDING_COMPLAINT", "ABUSE_OR_VIOLENCE",
                "RETALIATION", "REPUTATION_DAMAGE", "FALSE_PROMISE");
        assertThat(terms.rangeOf(MisconductGrade.TIER_1)).isEqualTo(new PointsRange(5, 15));
        assertThat(terms.rangeOf(MisconductGrade.TIER_2_SEVERE)).isEqualTo(new PointsRange(15, 30));
        assertThat(terms.rangeOf(MisconductGrade.TIER_2).contains(15)).isTrue();
        assertThat(terms.rangeOf(MisconductGrade.TIER_2).contains(31)).isFalse();
    }

    @Test
    void aPolicyMayListItsOwnBehavioursAndRanges() {
        var own = tiered(new PointsRange(6, 10), new PointsRange(12, 20),
                List.of(new ListedBehaviour("LATE_REPLY", MisconductGrade.TIER_1, "回复迟缓", "late reply")));
        assertThat(own.behaviour("LATE_REPLY")).isPresent();
        assertThat(own.behaviour("COLD_ATTITUDE")).isEmpty();
        assertThat(own.tier1Range().contains(5)).isFalse();
    }

    @Test
    void aCatalogueListsEachCodeOnceAndSeverityIsNoTierOfItsOwn() {
        var cold = new ListedBehaviour("COLD", MisconductGrade.TIER_1, "冷淡", "cold");
        assertThatThrownBy(() -> tiered(null, null, List.of(cold, cold))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ListedBehaviour("HIT", MisconductGrade.TIER_2_SEVERE, "殴打", "hit"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ListedBehaviour("cold attitude", MisconductGrade.TIER_1, "冷淡", "cold"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new PointsRange(15, 5)).isInstanceOf(IllegalArgumentException.class);
    }
}
