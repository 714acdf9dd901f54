package com.serviceledger.command.complaint;

import com.serviceledger.kernel.common.RuleViolation;
import com.serviceledger.kernel.complaint.MisconductGrade;
import com.serviceledger.kernel.complaint.VerifyComplaint;
import com.serviceledger.kernel.policy.ListedBehaviour;
import com.serviceledger.kernel.policy.PointsRange;
import com.serviceledger.kernel.policy.ScoringPolicy;
import com.serviceledger.kernel.policy.ScoringRuleSet;
import java.util.stream.Collectors;

/**
 * The verifier's choice under the tiered rule set (002 第4篇 §9), checked against the scoring rules in force when the
 * complaint was received (those it is scored under): a behaviour of the catalogue, whose tier it belongs to, and the
 * points within that tier's range. Under the default rule set a behaviour or points are refused rather than ignored,
 * so no verifier believes they counted.
 */
final class TieredChoice {

    private TieredChoice() {
    }

    /** The grade to record: the verifier's, else the tier of the behaviour picked (null without one). */
    static MisconductGrade check(VerifyComplaint command, boolean blamesSomeone, ScoringPolicy policy) {
        boolean chosen = command.behaviour() != null || command.points() != null;
        if (!blamesSomeone || policy.terms().ruleSet() != ScoringRuleSet.TIERED_4) {
            if (chosen) {
                throw new RuleViolation(command.behaviour() != null ? "behaviour" : "points", !blamesSomeone
                        ? "only a misconduct of the staff (ATTITUDE, QUARREL) names a listed behaviour and its points"
                        : "the scoring rules in force when the complaint was received (" + policy.version()
                                + ", " + policy.terms().ruleSet() + ") price by category and count: no behaviour or "
                                + "points are taken");
            }
            return command.grade();
        }
        ListedBehaviour listed = command.behaviour() == null ? null
                : policy.terms().behaviour(command.behaviour()).orElse(null);
        if (listed == null) {
            throw new RuleViolation("behaviour", "under the tiered rules in force when the complaint was received ("
                    + policy.version() + ") the verifier picks one of the listed behaviours: "
                    + policy.terms().behaviours().stream().map(ListedBehaviour::code).collect(Collectors.joining(", ")));
        }
        PointsRange range = policy.terms().rangeOf(listed.tier());
        if (command.points() == null || !range.contains(command.points())) {
            throw new RuleViolation("points", listed.code() + " is a " + tier(listed.tier())
                    + " behaviour: its points are " + range + " (" + policy.version() + ")");
        }
        boolean tier1 = listed.tier() == MisconductGrade.TIER_1;
        if (command.grade() != null && (command.grade() == MisconductGrade.TIER_1) != tier1) {
            throw new RuleViolation("grade", listed.code() + " is a " + tier(listed.tier())
                    + " behaviour: the grade is " + (tier1 ? "TIER_1" : "TIER_2 or TIER_2_SEVERE") + " or none");
        }
        return command.grade() != null ? command.grade() : listed.tier();
    }

    private static String tier(MisconductGrade tier) {
        return tier == MisconductGrade.TIER_1 ? "tier 1" : "tier 2";
    }
}
