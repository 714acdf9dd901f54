package com.serviceledger.command.policy;

import com.serviceledger.kernel.policy.ListedBehaviour;
import com.serviceledger.kernel.policy.PointsRange;
import com.serviceledger.kernel.policy.ScoringPolicy;
import com.serviceledger.kernel.policy.ScoringRuleSet;
import com.serviceledger.kernel.policy.ScoringTerms;
import java.math.BigDecimal;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The staff scoring settings ({@code serviceledger.policy.scoring.*}), the regulation's figures by default
 * (see {@link ScoringTerms}), with whole-setting overrides per subsidiary
 * ({@code …scoring.subsidiaries.<id>.*}). The time zone is the subsidiary's. The tier ranges and the catalogue of
 * listed behaviours are the regulation's unless set ({@code …tier1-range.min}, {@code …behaviours[0].code}, …).
 */
public record ScoringPolicyProperties(@DefaultValue("default-1") String version,
                                      @DefaultValue Settings defaults,
                                      Map<String, Settings> subsidiaries) {

    public ScoringPolicyProperties {
        subsidiaries = subsidiaries == null ? Map.of() : Map.copyOf(subsidiaries);
    }

    public record Settings(@DefaultValue("ESCALATING_5") ScoringRuleSet ruleSet,
                           @DefaultValue("5") int attitudePoints, @DefaultValue("10") int quarrelPoints,
                           @DefaultValue("5") int escalationStep,
                           @DefaultValue("2") int supervisorFromCount, @DefaultValue("3") int supervisorStep,
                           @DefaultValue("3") int groupLeaderFromCount, @DefaultValue("3") int groupLeaderStep,
                           @DefaultValue("2") int worstServiceThreshold,
                           @DefaultValue("500") BigDecimal worstServiceFine,
                           @DefaultValue("3") int dismissalAtDesignation,
                           @DefaultValue("500") BigDecimal starBonus,
                           @DefaultValue("5") int tier1Points, @DefaultValue("15") int tier2Points,
                           @DefaultValue("30") int tier2SeverePoints,
                           @DefaultValue("true") boolean warningBeforeWorst,
                           @DefaultValue("12") int warningStandsMonths, PointsRange tier1Range,
                           PointsRange tier2Range, List<ListedBehaviour> behaviours) {

        ScoringTerms toTerms() {
            return new ScoringTerms(ruleSet, attitudePoints, quarrelPoints, escalationStep, supervisorFromCount,
                    supervisorStep, groupLeaderFromCount, groupLeaderStep, worstServiceThreshold, worstServiceFine,
                    dismissalAtDesignation, starBonus, tier1Points, tier2Points, tier2SeverePoints,
                    warningBeforeWorst, warningStandsMonths, tier1Range, tier2Range, behaviours);
        }
    }

    ScoringPolicy toPolicy(String subsidiaryId, ZoneId zone) {
        return new ScoringPolicy(version, zone, subsidiaries.getOrDefault(subsidiaryId, defaults).toTerms());
    }
}
