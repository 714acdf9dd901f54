package com.serviceledger.kernel.inspection;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.axonframework.serialization.Revision;

/**
 * 002 第3篇 (3) 6: the month reached the threshold of daily or weekly inspections with failures; reported
 * to the manager and the technical department, with the contract penalty. At most once per unit and
 * month.
 *
 * @param triggeredBy           the kind whose count reached its threshold first
 * @param inspectionIds         the inspections with failures of that kind, in the order counted
 */
@Revision("1")
public record QualityEscalated(String qualityMonthId, InspectedUnit unit, String month, InspectionKind triggeredBy,
                               int inspectionsWithFailures, List<String> inspectionIds,
                               List<InspectorRole> reportedTo, BigDecimal contractPenalty, Instant escalatedAt,
                               String policyVersion) {

    public QualityEscalated {
        inspectionIds = List.copyOf(inspectionIds);
        reportedTo = List.copyOf(reportedTo);
    }
}
