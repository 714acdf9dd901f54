package com.serviceledger.kernel.policy;

import com.serviceledger.kernel.complaint.MisconductGrade;
import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The staff scoring terms of a published policy (002 第5篇 and 第4篇 §9). Points are deductions, positive
 * numbers.
 *
 * @param ruleSet                  ESCALATING_5 (第5篇, default) or TIERED_4 (第4篇 §9)
 * @param attitudePoints           attitude or working state (5)
 * @param quarrelPoints            quarrelling with or abusing a customer (10)
 * @param escalationStep           the n-th complaint of a month costs at least n × this (5)
 * @param supervisorFromCount      the direct supervisor answers from this complaint of the month (2nd)
 * @param supervisorStep           … losing (n − from + 1) × this (3, 6, …)
 * @param groupLeaderFromCount     the group leader answers from this complaint (3rd)
 * @param groupLeaderStep          … losing (n − from + 1) × this (3, 6, …)
 * @param worstServiceThreshold    this many complaints in a month make the worst service of the month (2)
 * @param worstServiceFine         its fine in yuan (500)
 * @param dismissalAtDesignation   the worst designation that recommends dismissal (the 3rd)
 * @param starBonus                the service star's bonus per consecutive month (500)
 * @param tier1Points              tiered: a tier 1 misconduct (5, of 5…15)
 * @param tier2Points              tiered: a tier 2 misconduct (15, of 15…30)
 * @param tier2SeverePoints        tiered: a severe tier 2 misconduct, dismissal recommended (30)
 * @param warningBeforeWorst       第4篇 4 "先批評教育…如不改進": a month at the threshold without an earlier standing
 *                                 warning brings criticism and education, not the worst designation (true; terms
 *                                 stored before this setting existed read false, the designation they applied)
 * @param warningStandsMonths      how many months a warning awaits improvement: a threshold month within them
 *                                 after the warning's month is the worst service (12)
 * @param tier1Range               tiered: the points a tier 1 behaviour may cost (5–15); the three tier points above
 *                                 price a verification that names only a grade (all there was before the catalogue)
 * @param tier2Range               tiered: the points a tier 2 behaviour may cost (15–30)
 * @param behaviours               tiered: the catalogue of listed behaviours, each with its tier (the regulation's
 *                                 thirteen); null in versions published before it existed: the defaults
 */
public record ScoringTerms(ScoringRuleSet ruleSet, int attitudePoints, int quarrelPoints, int escalationStep,
                           int supervisorFromCount, int supervisorStep, int groupLeaderFromCount,
                           int groupLeaderStep, int worstServiceThreshold, BigDecimal worstServiceFine,
                           int dismissalAtDesignation, BigDecimal starBonus, int tier1Points, int tier2Points,
                           int tier2SeverePoints, Boolean warningBeforeWorst, Integer warningStandsMonths,
                           PointsRange tier1Range, PointsRange tier2Range, List<ListedBehaviour> behaviours) {

    public ScoringTerms {
        warningBeforeWorst = Boolean.TRUE.equals(warningBeforeWorst);
        warningStandsMonths = warningStandsMonths == null ? DEFAULT_WARNING_STANDS_MONTHS : warningStandsMonths;
        requireAtLeast(1, warningStandsMonths, "warningStandsMonths");
        tier1Range = tier1Range == null ? new PointsRange(5, 15) : tier1Range;
        tier2Range = tier2Range == null ? new PointsRange(15, 30) : tier2Range;
        behaviours = behaviours == null ? ListedBehaviour.regulation() : List.copyOf(behaviours);
        var codes = new HashSet<String>();
        for (ListedBehaviour listed : behaviours) {
            if (!codes.add(listed.code())) {
                throw new IllegalArgumentException("behaviours lists " + listed.code() + " twice");
            }
        }
        Objects.requireNonNull(ruleSet, "ruleSet");
        requireAtLeast(0, attitudePoints, "attitudePoints");
        requireAtLeast(0, quarrelPoints, "quarrelPoints");
        requireAtLeast(0, escalationStep, "escalationStep");
        requireAtLeast(1, supervisorFromCount, "supervisorFromCount");
        requireAtLeast(0, supervisorStep, "supervisorStep");
        requireAtLeast(1, groupLeaderFromCount, "groupLeaderFromCount");
        requireAtLeast(0, groupLeaderStep, "groupLeaderStep");
        requireAtLeast(1, worstServiceThreshold, "worstServiceThreshold");
        requireAtLeast(1, dismissalAtDesignation, "dismissalAtDesignation");
        requireAtLeast(0, tier1Points, "tier1Points");
        requireAtLeast(0, tier2Points, "tier2Points");
        requireAtLeast(0, tier2SeverePoints, "tier2SeverePoints");
        if (worstServiceFine == null || worstServiceFine.signum() < 0) {
            throw new IllegalArgumentException("worstServiceFine must be zero or more");
        }
        if (starBonus == null || starBonus.signum() < 0) {
            throw new IllegalArgumentException("starBonus must be zero or more");
        }
    }

    /** The regulation leaves open how long a warning awaits improvement: a year. */
    public static final int DEFAULT_WARNING_STANDS_MONTHS = 12;

    /** Terms with the regulation's tier ranges and catalogue. */
    public ScoringTerms(ScoringRuleSet ruleSet, int attitudePoints, int quarrelPoints, int escalationStep,
                        int supervisorFromCount, int supervisorStep, int groupLeaderFromCount, int groupLeaderStep,
                        int worstServiceThreshold, BigDecimal worstServiceFine, int dismissalAtDesignation,
                        BigDecimal starBonus, int tier1Points, int tier2Points, int tier2SeverePoints,
                        Boolean warningBeforeWorst, Integer warningStandsMonths) {
        this(ruleSet, attitudePoints, quarrelPoints, escalationStep, supervisorFromCount, supervisorStep,
                groupLeaderFromCount, groupLeaderStep, worstServiceThreshold, worstServiceFine, dismissalAtDesignation,
                starBonus, tier1Points, tier2Points, tier2SeverePoints, warningBeforeWorst, warningStandsMonths,
                null, null, null);
    }

    /** Terms as stored before the warning step: the designation at the threshold, the regulation's tiers. */
    public ScoringTerms(ScoringRuleSet ruleSet, int attitudePoints, int quarrelPoints, int escalationStep,
                        int supervisorFromCount, int supervisorStep, int groupLeaderFromCount, int groupLeaderStep,
                        int worstServiceThreshold, BigDecimal worstServiceFine, int dismissalAtDesignation,
                        BigDecimal starBonus, int tier1Points, int tier2Points, int tier2SeverePoints) {
        this(ruleSet, attitudePoints, quarrelPoints, escalationStep, supervisorFromCount, supervisorStep,
                groupLeaderFromCount, groupLeaderStep, worstServiceThreshold, worstServiceFine, dismissalAtDesignation,
                starBonus, tier1Points, tier2Points, tier2SeverePoints, null, null);
    }

    /** The regulation's figures. */
    public static ScoringTerms defaults() {
        return new ScoringTerms(ScoringRuleSet.ESCALATING_5, 5, 10, 5, 2, 3, 3, 3, 2, new BigDecimal("500"), 3,
                new BigDecimal("500"), 5, 15, 30, true, DEFAULT_WARNING_STANDS_MONTHS);
    }

    /** The listed behaviour of that code, if the catalogue has it. */
    public Optional<ListedBehaviour> behaviour(String code) {
        return behaviours.stream().filter(listed -> listed.code().equals(code)).findFirst();
    }

    /** The points range of a tier; a severe tier 2 misconduct is priced within tier 2's. */
    public PointsRange rangeOf(MisconductGrade tier) {
        return tier == MisconductGrade.TIER_1 ? tier1Range : tier2Range;
    }

    private static void requireAtLeast(int min, int value, String name) {
        if (value < min) {
            throw new IllegalArgumentException(name + " must be at least " + min);
        }
    }
}
