package com.serviceledger.query.metrics;

import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import com.serviceledger.kernel.complaint.SlaTarget;

/**
 * The items whose on-time completion is measured (000 §5.2), each with where it is counted and the field
 * saying whether it was on time. {@code parameter} is the value of the {@code kind} parameter.
 */
enum CompletionKind {
    /** Delivery against the due time in force (the agreed one); also reported against the original one. */
    SERVICE_REQUEST("service-request"),
    /** A complaint resolved within its resolution deadline (2 days by default). */
    COMPLAINT_RESOLUTION("complaint-resolution"),
    /** A rectification fixed by its deadline. */
    RECTIFICATION("rectification"),
    /** The department head's contact within 30 minutes. */
    CONTACT("contact"),
    /** A handler on site within 10 minutes (urgent complaints only: only they owe it). */
    ON_SITE("on-site"),
    /** The callback on the day of resolution, owed once per resolution (each round is an item). */
    CALLBACK("callback"),
    /** The department's investigation result within its working days (001 §3.3 item 2). */
    INVESTIGATION("investigation"),
    /** The department's solution within its working days of the investigation result (001 §3.3 item 3). */
    SOLUTION("solution"),
    /** The head's report of the result the day the customer accepted it (002 第4篇 六.1). */
    RESULT_REPORT("result-report"),
    /** Suggestion-box and hotline complainants answered within the policy's days (002 第1篇 六.3; only they owe it). */
    REPLY("reply");

    private final String parameter;

    CompletionKind(String parameter) {
        this.parameter = parameter;
    }

    String parameter() {
        return parameter;
    }

    static CompletionKind of(String value) {
        for (CompletionKind kind : values()) {
            if (kind.parameter.equals(value)) {
                return kind;
            }
        }
        return null;
    }

    MetricSource source(MetricSources sources) {
        return switch (this) {
            case SERVICE_REQUEST -> sources.serviceRequestDelivery();
            case COMPLAINT_RESOLUTION -> sources.complaintTarget(SlaTarget.RESOLUTION);
            case RECTIFICATION -> sources.rectificationsSettled();
            case CONTACT -> sources.complaintTarget(SlaTarget.CONTACT);
            case ON_SITE -> sources.complaintTarget(SlaTarget.ON_SITE);
            case CALLBACK -> sources.complaintTarget(SlaTarget.CALLBACK);
            case INVESTIGATION -> sources.complaintTarget(SlaTarget.INVESTIGATION);
            case SOLUTION -> sources.complaintTarget(SlaTarget.SOLUTION);
            case RESULT_REPORT -> sources.complaintTarget(SlaTarget.RESULT_REPORT);
            case REPLY -> sources.complaintTarget(SlaTarget.REPLY);
        };
    }

    /** Settled items that were on time. */
    Query onTime() {
        return MetricSources.term(onTimeField(), true);
    }

    /** The boolean field saying whether a settled item was on time. */
    String onTimeField() {
        return switch (this) {
            case SERVICE_REQUEST -> "sla.delivery.onTime";
            case COMPLAINT_RESOLUTION -> MetricSources.targetField(SlaTarget.RESOLUTION, "onTime");
            case RECTIFICATION -> "onTime";
            case CONTACT -> MetricSources.targetField(SlaTarget.CONTACT, "onTime");
            case ON_SITE -> MetricSources.targetField(SlaTarget.ON_SITE, "onTime");
            case CALLBACK -> MetricSources.targetField(SlaTarget.CALLBACK, "onTime");
            case INVESTIGATION -> MetricSources.targetField(SlaTarget.INVESTIGATION, "onTime");
            case SOLUTION -> MetricSources.targetField(SlaTarget.SOLUTION, "onTime");
            case RESULT_REPORT -> MetricSources.targetField(SlaTarget.RESULT_REPORT, "onTime");
            case REPLY -> MetricSources.targetField(SlaTarget.REPLY, "onTime");
        };
    }
}
