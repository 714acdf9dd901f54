package com.serviceledger.kernel.policy;

/** Whether a time limit counted in days counts every day or only working days (001 leaves it open). */
public enum DayKind {
    CALENDAR, WORKING
}
