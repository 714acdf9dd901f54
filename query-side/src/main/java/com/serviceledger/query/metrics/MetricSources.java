package com.serviceledger.query.metrics;

import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import com.serviceledger.kernel.complaint.SlaTarget;
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
 * name no staff; complaints and ratings no service category.
 */
@Component
class MetricSources {

    private final MetricSource complaints;
    private final MetricSource serviceRequests;
    private final MetricSource rectifications;
    private final MetricSource ratings;

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
    }

    /** Complaints in the period they were received (dismissed ones included). */
    MetricSource complaintsReceived() {
        return complaints;
    }

    /** Service interactions: requests and consultations of every category, in the period received. */
    MetricSource serviceRequestsReceived() {
        return serviceRequests;
    }

    /** Valid complaints owing an SLA target, in the period the target was settled. */
    MetricSource complaintTarget(SlaTarget target) {
        return complaints.on("complaints." + SlaFields.name(target), SlaFields.path(target, "settledDate"),
                SlaFields.path(target, "settledMonth"), List.of(term("dismissed", false)));
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

    /** Complaint callbacks with a score, in the period of the (latest) callback. */
    MetricSource complaintCallbacks() {
        return complaints.on("complaints.callbacks", "calledBackDate", "calledBackMonth",
                List.of(Query.of(q -> q.exists(e -> e.field("satisfaction")))));
    }

    /** Service-request acceptance surveys, in the period surveyed. */
    MetricSource acceptanceSurveys() {
        return serviceRequests.on("service-requests.surveys", "surveyedDate", "surveyedMonth",
                List.of(Query.of(q -> q.exists(e -> e.field("satisfaction")))));
    }

    static Query term(String field, boolean value) {
        return Query.of(q -> q.term(t -> t.field(field).value(value)));
    }
}
