package com.serviceledger.kernel.incident;

/**
 * The time limits of an incident: the report to the superiors (001 §7 (三) 2: 及時向上級領導匯報) and the review
 * after it is handled (001 §7 (三) 3: 事件處理完畢後…總結分析). Both lengths are policy settings.
 */
public enum IncidentDeadline {
    REPORT,
    REVIEW
}
