package com.serviceledger.kernel.inspection;

import java.math.BigDecimal;
import java.util.List;

/**
 * 002 第3篇 (3) 6: in one month, this many daily or weekly inspections with failed items are reported to
 * the manager and the technical department and cost the contract penalty.
 */
public record EscalationRule(int dailyInspectionsWithFailures, int weeklyInspectionsWithFailures,
                             BigDecimal contractPenalty) {

    /** Who an escalation is reported to. */
    public static final List<InspectorRole> REPORTED_TO =
            List.of(InspectorRole.MANAGER, InspectorRole.TECHNICAL_DEPARTMENT);

    public EscalationRule {
        if (dailyInspectionsWithFailures < 1 || weeklyInspectionsWithFailures < 1) {
            throw new IllegalArgumentException("escalation thresholds must be at least 1");
        }
        if (contractPenalty == null || contractPenalty.signum() < 0) {
            throw new IllegalArgumentException("contractPenalty must be zero or more");
        }
    }

    /** The threshold for a kind, or 0 if the kind never escalates (monthly inspections). */
    public int threshold(InspectionKind kind) {
        return switch (kind) {
            case DAILY -> dailyInspectionsWithFailures;
            case WEEKLY -> weeklyInspectionsWithFailures;
            case MONTHLY -> 0;
        };
    }
}
