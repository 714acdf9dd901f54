package com.serviceledger.query.metrics;

import java.util.Map;

/**
 * One department's complaints received in one month. Dismissed complaints are counted beside the
 * valid ones, and the SLA figures cover valid complaints only (dismissal ends every promise).
 *
 * @param departmentId null for complaints whose department is not known
 * @param sla          by target name: contact, contactHardLimit, onSite, resolution, callback
 */
public record DepartmentFigures(String departmentId, long received, long valid, long dismissed,
                                Map<String, SlaFigures> sla) {
}
