package com.serviceledger.kernel.complaint;

/**
 * How grave a misconduct is under the tiered rule set (002 第4篇 §9), given at verification. Optional: an
 * attitude complaint or a quarrel without a grade is tier 1 (both are listed there: 態度冷淡, 與客戶發生爭執);
 * abuse or violence (辱罵, 毆打) is tier 2, and severe when it warrants dismissal. The default rule set
 * (第5篇) ignores it.
 */
public enum MisconductGrade {
    TIER_1, TIER_2, TIER_2_SEVERE
}
