package com.serviceledger.kernel.incident;

/** How grave an incident is; the regulations name no grades, so the common three (一般、重大、特別重大). */
public enum IncidentSeverity {
    GENERAL,
    MAJOR,
    CRITICAL
}
