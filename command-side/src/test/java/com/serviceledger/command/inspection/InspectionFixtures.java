package com.serviceledger.command.inspection;

import com.serviceledger.kernel.inspection.InspectedUnit;
import com.serviceledger.kernel.inspection.Inspector;
import com.serviceledger.kernel.inspection.InspectorRole;
import com.serviceledger.kernel.policy.ComplaintPolicy;
import com.serviceledger.kernel.policy.InspectionPolicy;
import com.serviceledger.kernel.policy.PolicyProvider;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

/** What the inspection tests share: one site served by one cleaning contractor, in Shanghai. */
final class InspectionFixtures {

    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    /** 10:00 local on Monday 2 March 2026. */
    static final Instant T0 = Instant.parse("2026-03-02T02:00:00Z");
    static final InspectionPolicy POLICY = InspectionPolicy.defaults("insp-3", SHANGHAI);
    static final InspectedUnit UNIT = new InspectedUnit("sub-1", "site-east-gate", "clean-co");
    static final Inspector ASSISTANT = new Inspector("staff-assistant", InspectorRole.ASSISTANT);
    static final Inspector FOREMAN = new Inspector("staff-foreman", InspectorRole.FOREMAN);
    static final Inspector SITE_LEAD = new Inspector("clean-co-lead", InspectorRole.CONTRACTOR_SITE_LEAD);
    static final Inspector TECHNICIAN = new Inspector("tech-1", InspectorRole.TECHNICAL_DEPARTMENT);
    static final Inspector MANAGER = new Inspector("manager-1", InspectorRole.MANAGER);
    static final List<Inspector> WEEKLY_TEAM = List.of(ASSISTANT, FOREMAN, SITE_LEAD);
    static final List<Inspector> MONTHLY_TEAM = List.of(TECHNICIAN, MANAGER, ASSISTANT, FOREMAN);

    private InspectionFixtures() {
    }

    static PolicyProvider policies() {
        return new PolicyProvider() {
            @Override
            public ComplaintPolicy complaintPolicy(String subsidiaryId) {
                return ComplaintPolicy.defaults("complaint-1", SHANGHAI);
            }

            @Override
            public InspectionPolicy inspectionPolicy(String subsidiaryId) {
                return POLICY;
            }
        };
    }
}
