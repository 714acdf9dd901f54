package com.serviceledger.kernel.policy;

/** Which of the regulation's two scoring rule sets a subsidiary applies. */
public enum ScoringRuleSet {
    /** 002 第5篇: −5 attitude, −10 quarrel, the n-th complaint of a month costs n × 5, joint liability. */
    ESCALATING_5,
    /** 002 第4篇 §9: tier 1 (−5…−15, major demerit), tier 2 (−15…−30, warning, dismissal if severe). */
    TIERED_4
}
