package com.serviceledger.kernel.inspection;

import org.axonframework.serialization.Revision;

/**
 * The first fact of a unit's month arrived. The month is judged throughout by the escalation and
 * evaluation rules of the policy in force now, recorded here.
 */
@Revision("1")
public record QualityMonthOpened(String qualityMonthId, InspectedUnit unit, String month, String timeZone,
                                 String policyVersion, EscalationRule escalation, QualityEvaluationRules evaluation) {
}
