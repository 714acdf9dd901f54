package com.serviceledger.kernel.incident;

/** Declared and being handled, resolved (its review due), or reviewed. */
public enum IncidentStatus {
    DECLARED,
    RESOLVED,
    REVIEWED
}
