package com.serviceledger.kernel.scoring;

/** Who answers jointly for a staff member's repeated complaints (002 第5篇 2). */
public enum LiabilityRole {
    /** 直接責任主管. */
    SUPERVISOR,
    /** 主管集團領導: the responsible group leader. */
    GROUP_LEADER
}
