package com.serviceledger.kernel.improvement;

/** The cause an improvement action answers: its kind and the id (or period) it refers to. */
public record ImprovementCause(CauseKind kind, String reference) {
}
