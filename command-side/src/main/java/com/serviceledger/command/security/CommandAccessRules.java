package com.serviceledger.command.security;

import static com.serviceledger.platform.security.AccessRule.post;
import static com.serviceledger.platform.security.Roles.ADMIN;
import static com.serviceledger.platform.security.Roles.AGENT;
import static com.serviceledger.platform.security.Roles.DEPARTMENT_HEAD;
import static com.serviceledger.platform.security.Roles.HANDLER;
import static com.serviceledger.platform.security.Roles.INSPECTOR;
import static com.serviceledger.platform.security.Roles.QUALITY_SUPERVISOR;

import com.serviceledger.platform.security.AccessRule;
import com.serviceledger.platform.security.AccessRules;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Who performs each command, from the regulations (see DOMAIN.md). Analysts and auditors send no commands.
 * Every command endpoint of this side is listed here; one not listed is denied to everybody.
 */
@Component
public class CommandAccessRules implements AccessRules {

    private static final String COMPLAINT = "/api/complaints/{complaintId}/";
    private static final String REQUEST = "/api/service-requests/{requestId}/";
    private static final String PLAN = "/api/emergency-plans/{subsidiaryId}/{kind}/";
    private static final String INCIDENT = "/api/incidents/{incidentId}/";

    @Override
    public List<AccessRule> rules() {
        return List.of(
                // complaints (002 第4篇): the operations specialist receives, judges whether the complaint stands
                // (四.2: an unfounded one is dismissed with an answer to the customer) and archives, the department
                // head contacts and names the handler, the handler acts and calls the customer back the same day
                // (五.5), the quality supervisor checks and decides
                post("/api/complaints", AGENT),
                post(COMPLAINT + "dismiss", AGENT, QUALITY_SUPERVISOR),
                post(COMPLAINT + "forward", AGENT, DEPARTMENT_HEAD),
                post(COMPLAINT + "contact", DEPARTMENT_HEAD, HANDLER),
                post(COMPLAINT + "on-site", HANDLER, DEPARTMENT_HEAD),
                post(COMPLAINT + "handler", DEPARTMENT_HEAD),
                post(COMPLAINT + "resolve", HANDLER),
                post(COMPLAINT + "reject-solution", HANDLER, DEPARTMENT_HEAD),
                post(COMPLAINT + "callback", HANDLER, AGENT, QUALITY_SUPERVISOR),
                post(COMPLAINT + "verify", QUALITY_SUPERVISOR),
                post(COMPLAINT + "archive", AGENT, QUALITY_SUPERVISOR),
                // the recorded clear read of the customer's contact, for the people who must call them back
                post(COMPLAINT + "customer-disclosures", AGENT, HANDLER, DEPARTMENT_HEAD, QUALITY_SUPERVISOR),
                // the department's investigation result and solution (001 §3.3 items 2–3) and the head's report of
                // the result (002 第4篇 六.1) come from its head; the operations specialist records the final result
                // and evaluates the handling (六.2)
                post(COMPLAINT + "investigation-result", DEPARTMENT_HEAD),
                post(COMPLAINT + "solution", DEPARTMENT_HEAD),
                post(COMPLAINT + "result-report", DEPARTMENT_HEAD),
                post(COMPLAINT + "outcome", AGENT),

                // service requests (000 §2.2, 001 §3.1–3.2): received and told about missing materials by the
                // agent, taken on (受理) by the department, worked and delivered by the handler
                post("/api/service-requests", AGENT),
                post(REQUEST + "request-materials", AGENT),
                post(REQUEST + "materials-received", AGENT),
                post(REQUEST + "assign", DEPARTMENT_HEAD),
                post(REQUEST + "assess", HANDLER, DEPARTMENT_HEAD),
                post(REQUEST + "plan", HANDLER, DEPARTMENT_HEAD),
                post(REQUEST + "progress", HANDLER),
                post(REQUEST + "delay", HANDLER, DEPARTMENT_HEAD),
                post(REQUEST + "deliver", HANDLER),
                post(REQUEST + "accept", AGENT, HANDLER),
                post(REQUEST + "reject", AGENT, HANDLER),
                post(REQUEST + "satisfaction", AGENT, QUALITY_SUPERVISOR),
                post(REQUEST + "close", AGENT, DEPARTMENT_HEAD),
                post(REQUEST + "customer-disclosures", AGENT, HANDLER, DEPARTMENT_HEAD, QUALITY_SUPERVISOR),

                // quality inspections (002 第3篇): inspectors record, the staff rectifies, the month is evaluated
                post("/api/inspections", INSPECTOR),
                post("/api/rectifications/{rectificationId}/rectify", HANDLER, INSPECTOR),
                post("/api/quality-months/close", INSPECTOR, QUALITY_SUPERVISOR),

                // staff scoring (002 第5篇) and satisfaction ratings (000 §5.2.1)
                post("/api/scorecards/close", QUALITY_SUPERVISOR),
                post("/api/scorecards/stars", QUALITY_SUPERVISOR),
                post("/api/ratings", AGENT, QUALITY_SUPERVISOR),

                // administration: policies and the organisation directory
                post("/api/policies/{subsidiaryId}/versions", ADMIN),
                post("/api/organisation/subsidiaries", ADMIN),
                post("/api/organisation/subsidiaries/{subsidiaryId}/departments", ADMIN),
                post("/api/organisation/subsidiaries/{subsidiaryId}/posts", ADMIN),
                post("/api/organisation/subsidiaries/{subsidiaryId}/positions", ADMIN),
                post("/api/organisation/subsidiaries/{subsidiaryId}/positions/relief", ADMIN),
                post("/api/organisation/subsidiaries/{subsidiaryId}/unit-contacts", ADMIN),
                post("/api/organisation/staff", ADMIN),
                post("/api/organisation/staff/{staffId}/transfer", ADMIN),
                post("/api/organisation/staff/{staffId}/supervisor", ADMIN),
                post("/api/organisation/staff/{staffId}/departure", ADMIN),
                post("/api/organisation/staff/{staffId}/contact", ADMIN),
                // customer erasure (crypto-shredding), whichever side serves it
                post("/api/admin/customer-erasures", ADMIN),
                AccessRule.any("/api/admin/customers/**", ADMIN),
                // rotating the vault's master and fingerprint keys: start and watch
                AccessRule.any("/api/admin/privacy/key-rotations", ADMIN),
                // webhook subscriptions and their delivery log: make, list, read, deactivate, redeliver
                AccessRule.any("/api/admin/webhooks/**", ADMIN),
                // a complaint never accepted, once escalated: closed unresolved by who verifies complaints
                post(COMPLAINT + "close-unresolved", QUALITY_SUPERVISOR),

                // improvement actions (000 §5.4 item 2, 001 §3.3 item 5): the quality supervisor or the unit's head
                // raises, the owner's unit reports progress and completion, the quality supervisor checks the effect
                post("/api/improvement-actions", QUALITY_SUPERVISOR, DEPARTMENT_HEAD),
                post("/api/improvement-actions/{actionId}/progress", HANDLER, DEPARTMENT_HEAD),
                post("/api/improvement-actions/{actionId}/done", HANDLER, DEPARTMENT_HEAD),
                post("/api/improvement-actions/{actionId}/effect-check", QUALITY_SUPERVISOR),

                // emergency management (000 §8, 001 §7): the quality supervisor keeps the plans; drills are organised
                // by the departments; the service staff declare an incident, activate the plan and report it to the
                // superiors (001 §7 (三) 1–2); heads coordinate support; the handling is reviewed by the supervisor
                post(PLAN + "versions", QUALITY_SUPERVISOR),
                post(PLAN + "drills", QUALITY_SUPERVISOR, DEPARTMENT_HEAD),
                post(PLAN + "drills/{drillId}/record", QUALITY_SUPERVISOR, DEPARTMENT_HEAD),
                post(PLAN + "drills/{drillId}/evaluate", QUALITY_SUPERVISOR),
                post("/api/incidents", AGENT, HANDLER, DEPARTMENT_HEAD, QUALITY_SUPERVISOR),
                post(INCIDENT + "plan-activation", AGENT, HANDLER, DEPARTMENT_HEAD, QUALITY_SUPERVISOR),
                post(INCIDENT + "report", AGENT, HANDLER, DEPARTMENT_HEAD, QUALITY_SUPERVISOR),
                post(INCIDENT + "support-requests", DEPARTMENT_HEAD, QUALITY_SUPERVISOR),
                post(INCIDENT + "support-requests/{requestNo}/support", DEPARTMENT_HEAD, QUALITY_SUPERVISOR),
                post(INCIDENT + "resolve", HANDLER, DEPARTMENT_HEAD, QUALITY_SUPERVISOR),
                post(INCIDENT + "review", QUALITY_SUPERVISOR),
                post(COMPLAINT + "incident", AGENT, DEPARTMENT_HEAD, QUALITY_SUPERVISOR),

                // case documents and evidence (001 §5.1 item 2: call recordings): whoever works the case attaches
                post(COMPLAINT + "attachments", AGENT, DEPARTMENT_HEAD, HANDLER, QUALITY_SUPERVISOR),
                post(REQUEST + "attachments", AGENT, DEPARTMENT_HEAD, HANDLER, QUALITY_SUPERVISOR),
                post("/api/inspections/{inspectionId}/attachments", INSPECTOR, QUALITY_SUPERVISOR),
                post("/api/rectifications/{rectificationId}/attachments", HANDLER, INSPECTOR, QUALITY_SUPERVISOR),

                // a department-coordination complaint (002 第5篇 二.2) is raised by the complaining department's own
                // staff (the scope checked is theirs); then it is handled as any complaint
                post("/api/department-complaints", AGENT, HANDLER, DEPARTMENT_HEAD));
    }
}
