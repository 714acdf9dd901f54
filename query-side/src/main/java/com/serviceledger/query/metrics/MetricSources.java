package com.serviceledger.query.metrics;

import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import com.serviceledger.kernel.complaint.SlaTarget;
import com.serviceledger.kernel.complaint.ComplainantKind;
import com.serviceledger.query.complaint.CallbackRound;
import com.serviceledger.query.complaint.SlaFields;
import com.serviceledger.query.elasticsearch.ComplaintIndexProperties;
import com.serviceledger.query.inspection.InspectionViewsProperties;
import com.serviceledger.query.satisfaction.RatingViewProperties;
import com.serviceledger.query.servicerequest.ServiceRequestIndexProperties;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The views the metrics count, each with its local-date field and the fields behind each dimension.
 * Rectifications are judged per site or post (their unit has no department or channel); service requests
 * name no staff; complaints and ratings no service category. A complaint's callbacks are counted round by
 * round ({@link CallbackRound}, nested in the complaint document), since every resolution owes its own.
 */
@Component
class MetricSources {

    private final MetricSource complaints;
    private final MetricSource serviceRequests;
    private final MetricSource rectifications;
    private final MetricSource ratings;
    private final MetricSource callbackRounds;
    private final MetricSource callbackScores;

    MetricSources(ComplaintIndexProperties complaintIndex, ServiceRequestIndexProperties serviceRequestIndex,
                  InspectionViewsProperties inspections, RatingViewProperties ratingView) {
        complaints = new MetricSource("complaints", complaintIndex.alias(), "receivedDate", "receivedMonth", Map.of(
                Dimension.SUBSIDIARY, List.of("subsidiaryId"), Dimension.DEPARTMENT, List.of("departmentId"),
                Dimension.POST, List.of("postId"), Dimension.CHANNEL, List.of("channel"),
                Dimension.STAFF, List.of("staffId", "responsibleStaffId")), List.of());
        serviceRequests = new MetricSource("service-requests", serviceRequestIndex.alias(), "receivedDate",
                "receivedMonth", Map.of(
                Dimension.SUBSIDIARY, List.of("subsidiaryId"), Dimension.DEPARTMENT, List.of("departmentId"),
                Dimension.POST, List.of("postId"), Dimension.CHANNEL, List.of("channel"),
                Dimension.CATEGORY, List.of("category")), List.of());
        rectifications = new MetricSource("rectifications", inspections.rectificationsAlias(), "settledDate",
                "settledMonth",
                Map.of(Dimension.SUBSIDIARY, List.of("subsidiaryId"), Dimension.POST, List.of("siteId"),
                Dimension.STAFF, List.of("responsibleStaffId")), List.of());
        ratings = new MetricSource("ratings", ratingView.alias(), "ratedDate", "ratedMonth", Map.of(
                Dimension.SUBSIDIARY, List.of("subsidiaryId"), Dimension.DEPARTMENT, List.of("departmentId"),
                Dimension.POST, List.of("postId"), Dimension.CHANNEL, List.of("channel"),
                Dimension.STAFF, List.of("staffId")), List.of());
        callbackRounds = complaints.elements("complaints.callback", CallbackRound.PATH,
                CallbackRound.path("settledDate"), CallbackRound.path("settledMonth"), List.of());
        // a department complaint's callback is the complaining department's word, no customer's score
        callbackScores = complaints.on("complaints", "receivedDate", "receivedMonth", List.of(fromCustomer()))
                .elements("complaints.callbacks", CallbackRound.PATH,
                CallbackRound.path("calledBackDate"), CallbackRound.path("calledBackMonth"),
                List.of(Query.of(q -> q.exists(e -> e.field(CallbackRound.path("satisfaction"))))));
    }

    /** Complaints in the period they were received (dismissed ones included). */
    MetricSource complaintsReceived() {
        return complaints;
    }

    /** Service interactions: requests and consultations of every category, in the period received. */
    MetricSource serviceRequestsReceived() {
        return serviceRequests;
    }

    /**
     * The items of a complaint SLA target in the period each was settled (met, or breached at its due time):
     * every settled item counts, also of a complaint dismissed afterwards (a dismissal settles nothing; it only
     * stops the open timers, so what it leaves unsettled is counted nowhere). The callback is owed once per
     * resolution: its items are the callback rounds.
     */
    MetricSource complaintTarget(SlaTarget target) {
        if (target == SlaTarget.CALLBACK) {
            return callbackRounds;
        }
        return complaints.on("complaints." + SlaFields.name(target), SlaFields.path(target, "settledDate"),
                SlaFields.path(target, "settledMonth"), List.of());
    }

    /**
     * The field of one fact ({@code onTime}, {@code breached}) of a complaint SLA target's items, as
     * {@link #complaintTarget} counts them: {@code callbacks.onTime} for the callback rounds.
     */
    static String targetField(SlaTarget target, String fact) {
        return target == SlaTarget.CALLBACK ? CallbackRound.path(fact) : SlaFields.path(target, fact);
    }

    /** Service requests in the period their delivery (against the due time in force) was settled. */
    MetricSource serviceRequestDelivery() {
        return serviceRequests.on("service-requests.delivery", "sla.delivery.settledDate",
                "sla.delivery.settledMonth", List.of());
    }

    /** Rectifications in the period they were settled (rectified, or overdue). */
    MetricSource rectificationsSettled() {
        return rectifications;
    }

    MetricSource ratings() {
        return ratings;
    }

    /**
     * Complaint callbacks with a score, each in the period it was given: every round's, also when the customer
     * rejected the solution at that callback and a later round was called back again.
     */
    MetricSource complaintCallbacks() {
        return callbackScores;
    }

    /** The score field of {@link #complaintCallbacks()}. */
    static String callbackScoreField() {
        return CallbackRound.path("satisfaction");
    }

    /** Service-request acceptance surveys, in the period surveyed. */
    MetricSource acceptanceSurveys() {
        return serviceRequests.on("service-requests.surveys", "surveyedDate", "surveyedMonth",
                List.of(Query.of(q -> q.exists(e -> e.field("satisfaction")))));
    }

    /** Complaints closed unresolved (escalated, never accepted), in the period they were closed. */
    MetricSource complaintsClosedUnresolved() {
        return complaints.on("complaints.closedUnresolved", "closedUnresolvedDate", "closedUnresolvedMonth",
                List.of(term("closedUnresolved", true)));
    }

    /** Accepted service requests the system closed without a survey, in the period they were closed. */
    MetricSource serviceRequestsClosedWithoutSurvey() {
        return serviceRequests.on("service-requests.closedWithoutSurvey", "closedDate", "closedMonth",
                List.of(term("closedWithoutSurvey", true)));
    }

    /** A department's complaint about another (部門協調投訴, 002 第5篇 二.2). */
    static Query fromDepartment() {
        return Query.of(q -> q.term(t -> t.field("complainantKind").value(ComplainantKind.DEPARTMENT.name())));
    }

    /** A customer's complaint: every complaint not a department's (documents from before the kind included). */
    static Query fromCustomer() {
        return Query.of(q -> q.bool(b -> b.mustNot(fromDepartment())));
    }

    static Query term(String field, boolean value) {
        return Query.of(q -> q.term(t -> t.field(field).value(value)));
    }
}
