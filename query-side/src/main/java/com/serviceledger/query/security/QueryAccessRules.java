package com.serviceledger.query.security;

import static com.serviceledger.platform.security.AccessRule.get;
import static com.serviceledger.platform.security.AccessRule.post;
import static com.serviceledger.platform.security.Roles.ADMIN;
import static com.serviceledger.platform.security.Roles.AGENT;
import static com.serviceledger.platform.security.Roles.ANALYST;
import static com.serviceledger.platform.security.Roles.AUDITOR;
import static com.serviceledger.platform.security.Roles.DEPARTMENT_HEAD;
import static com.serviceledger.platform.security.Roles.HANDLER;
import static com.serviceledger.platform.security.Roles.INSPECTOR;
import static com.serviceledger.platform.security.Roles.QUALITY_SUPERVISOR;

import com.serviceledger.platform.security.AccessRule;
import com.serviceledger.platform.security.AccessRules;
import com.serviceledger.platform.security.Roles;
import com.serviceledger.platform.security.StaffUser;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Who may read what. Auditors read everything; analysts read figures (metrics, reports, history) but no case,
 * since cases name customers; administrators run the views. Every endpoint of this side is listed here; one not
 * listed is denied to everybody.
 */
@Component
public class QueryAccessRules implements AccessRules {

    /** The people who work the cases (the views carry the customer, masked). */
    private static final List<String> CASE_READERS =
            List.of(AGENT, DEPARTMENT_HEAD, HANDLER, INSPECTOR, QUALITY_SUPERVISOR, AUDITOR);
    /** Staff performance: the staff member's management and the quality function. */
    private static final List<String> SCORE_READERS = List.of(DEPARTMENT_HEAD, QUALITY_SUPERVISOR, AUDITOR);
    /** Figures over many cases. */
    private static final List<String> ANALYTICS = List.of(ANALYST, QUALITY_SUPERVISOR, AUDITOR);
    /** The view and processor machinery. */
    private static final List<String> OPERATIONS = List.of(ADMIN, AUDITOR);

    /**
     * Whether the user may read a case's own words (content, demand, findings, comments, reasons) where figures
     * are served too, as in the history: whoever may read the cases themselves. Anyone else (an analyst) gets
     * structure and figures only ({@link com.serviceledger.kernel.common.FreeText}).
     */
    public static boolean readsCaseText(StaffUser user) {
        return readsCases(user);
    }

    /** Whether the user may read cases at all, as {@code GET /api/complaints} allows (the console's SLA board). */
    public static boolean readsCases(StaffUser user) {
        return user.roles().stream().anyMatch(CASE_READERS::contains);
    }

    /** Whether the user may read scorecards, as {@code GET /api/scorecards} allows (the console's people page). */
    public static boolean readsScores(StaffUser user) {
        return user.roles().stream().anyMatch(SCORE_READERS::contains);
    }

    /**
     * Whether the user may read figures over many cases, as {@code GET /api/metrics/...} and the reports allow
     * (the console's dashboard and reports pages).
     */
    public static boolean readsFigures(StaffUser user) {
        return user.roles().stream().anyMatch(ANALYTICS::contains);
    }

    @Override
    public List<AccessRule> rules() {
        return List.of(
                // cases and their live updates
                get("/api/complaints", CASE_READERS),
                get("/api/complaints/{complaintId}", CASE_READERS),
                get("/api/complaints/{complaintId}/live", CASE_READERS),
                // a case's steps (who, when) from its own event stream: the case readers', unlike the audit's
                get("/api/complaints/{complaintId}/timeline", CASE_READERS),
                get("/api/service-requests", CASE_READERS),
                get("/api/service-requests/{requestId}", CASE_READERS),
                get("/api/service-requests/{requestId}/live", CASE_READERS),
                get("/api/service-requests/{requestId}/timeline", CASE_READERS),
                get("/api/ratings/{ratingId}", CASE_READERS),
                get("/api/inspections", CASE_READERS),
                get("/api/inspections/{inspectionId}", CASE_READERS),
                get("/api/rectifications", CASE_READERS),
                get("/api/rectifications/{rectificationId}", CASE_READERS),
                get("/api/quality-months", CASE_READERS),
                get("/api/quality-months/{qualityMonthId}", CASE_READERS),

                get("/api/scorecards", SCORE_READERS),
                get("/api/scorecards/{scorecardId}", SCORE_READERS),

                // who I am (roles, scope, staff record) and the directory and the policy in force: everybody's
                // working context
                get("/api/me", Roles.ALL),
                get("/api/organisation/subsidiaries/{subsidiaryId}", Roles.ALL),
                get("/api/organisation/staff/{staffId}", Roles.ALL),
                get("/api/policies/{subsidiaryId}", Roles.ALL),
                // my notifications: everybody's own inbox (empty for a user who is no staff member)
                get("/api/notifications", Roles.ALL),
                get("/api/notifications/stream", Roles.ALL),
                post("/api/notifications/{id}/read", Roles.ALL),
                post("/api/notifications/read", Roles.ALL),

                // metrics (000 §5.2–5.4), their live streams, evaluation reports, event history
                get("/api/metrics/complaint-rate", ANALYTICS),
                get("/api/metrics/complaint-rate/live", ANALYTICS),
                get("/api/metrics/on-time-completion", ANALYTICS),
                get("/api/metrics/on-time-completion/live", ANALYTICS),
                get("/api/metrics/satisfaction-trend", ANALYTICS),
                get("/api/metrics/satisfaction-trend/live", ANALYTICS),
                get("/api/metrics/complaint-sla", ANALYTICS),
                get("/api/metrics/complaint-sla/live", ANALYTICS),
                get("/api/reports/units/{subsidiaryId}", ANALYTICS),
                get("/api/reports/staff/{staffId}", ANALYTICS),
                get("/api/history", ANALYTICS),

                // audit: event streams, chain verification, export, state as of a moment
                AccessRule.any("/api/audit/**", AUDITOR, ADMIN),

                // administration: view rebuilds and parked events
                get("/api/admin/views", OPERATIONS),
                post("/api/admin/views/{view}/rebuild", ADMIN),
                get("/api/admin/rebuilds", OPERATIONS),
                get("/api/admin/rebuilds/{id}", OPERATIONS),
                get("/api/admin/dead-letters/{processor}", OPERATIONS),
                post("/api/admin/dead-letters/{processor}/retry", ADMIN),
                // customer erasure, whichever side serves it
                post("/api/admin/customer-erasures", ADMIN),
                AccessRule.any("/api/admin/customers/**", ADMIN),

                // improvement actions: case readers, within their scope
                get("/api/improvement-actions", CASE_READERS),
                get("/api/improvement-actions/{actionId}", CASE_READERS),
                // incidents (000 §8, 001 §7): read like the other cases
                get("/api/incidents", CASE_READERS),
                get("/api/incidents/{incidentId}", CASE_READERS),
                get("/api/emergency-plans", CASE_READERS),
                get("/api/emergency-plans/{subsidiaryId}/{kind}", CASE_READERS),
                // case attachments: a file for whoever may read its case, within scope as the case itself
                get("/api/complaints/{complaintId}/attachments/{attachmentId}", CASE_READERS),
                get("/api/service-requests/{requestId}/attachments/{attachmentId}", CASE_READERS),
                get("/api/inspections/{inspectionId}/attachments/{attachmentId}", CASE_READERS),
                get("/api/rectifications/{rectificationId}/attachments/{attachmentId}", CASE_READERS),
                // the customer file (客戶檔案): their cases within the reader's scope, masked as the views
                get("/api/customers/{customerId}/cases", CASE_READERS),
                post("/api/customers/lookup", CASE_READERS));
    }
}
