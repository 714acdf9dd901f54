package com.serviceledger.query.support;

import com.serviceledger.kernel.common.Channel;
import com.serviceledger.kernel.common.ProtectedContact;
import com.serviceledger.kernel.servicerequest.DelayAnnounced;
import com.serviceledger.kernel.servicerequest.DeliveryAccepted;
import com.serviceledger.kernel.servicerequest.DeliveryRejected;
import com.serviceledger.kernel.servicerequest.Difficulty;
import com.serviceledger.kernel.servicerequest.FirstResponseAct;
import com.serviceledger.kernel.servicerequest.FirstResponseMade;
import com.serviceledger.kernel.servicerequest.MaterialsReceived;
import com.serviceledger.kernel.servicerequest.MaterialsRequested;
import com.serviceledger.kernel.servicerequest.ProgressReported;
import com.serviceledger.kernel.servicerequest.SatisfactionRecorded;
import com.serviceledger.kernel.servicerequest.ServiceCategory;
import com.serviceledger.kernel.servicerequest.ServiceDelivered;
import com.serviceledger.kernel.servicerequest.ServicePlanned;
import com.serviceledger.kernel.servicerequest.ServiceRequestAssessed;
import com.serviceledger.kernel.servicerequest.ServiceRequestAssigned;
import com.serviceledger.kernel.servicerequest.ServiceRequestClosed;
import com.serviceledger.kernel.servicerequest.ServiceRequestReceived;
import com.serviceledger.kernel.servicerequest.ServiceRequestSlaBreached;
import com.serviceledger.kernel.servicerequest.ServiceRequestSlaTarget;
import com.serviceledger.kernel.servicerequest.ServiceRequestSlaWarningRaised;
import com.serviceledger.kernel.servicerequest.ServiceRequestTarget;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Service request events as the command side records them, with the default policy's 30-minute response. */
public final class ServiceRequestEvents {

    public static final String CUSTOMER_NAME = "Zhao Min";
    public static final String CUSTOMER_EMAIL = "zhao.min@example.com";
    public static final String CUSTOMER_PHONE = "13912345678";
    /** The customer as events carry it, with tokens no vault can read (tests about privacy use the real vault). */
    public static final ProtectedContact CUSTOMER = new ProtectedContact("CUS-FIXTURE-SR", "pii:v1:bmFtZQ==",
            "pii:v1:cGhvbmU=", "pii:v1:ZW1haWw=");

    private ServiceRequestEvents() {
    }

    public static String newRequestId() {
        return "SRQ-" + UUID.randomUUID();
    }

    public static ServiceRequestReceived received(String id, String subsidiary, ServiceCategory category,
                                                  Channel channel, String description, Instant at) {
        return new ServiceRequestReceived(id, channel, CUSTOMER, category, description, new ServiceRequestTarget(subsidiary, "DEP-SALES",
                "POST-BILLING"), at, "Asia/Shanghai", "sr-policy-v1", at.plus(Duration.ofMinutes(30)));
    }

    public static ServiceRequestSlaWarningRaised warning(String id, ServiceRequestSlaTarget target, int percent,
                                                         Instant dueAt, Instant at) {
        return new ServiceRequestSlaWarningRaised(id, target, percent, dueAt, at);
    }

    public static ServiceRequestSlaBreached breached(String id, ServiceRequestSlaTarget target, Instant dueAt) {
        return new ServiceRequestSlaBreached(id, target, dueAt, dueAt);
    }

    public static MaterialsRequested materialsRequested(String id, Instant at, String... items) {
        return new MaterialsRequested(id, List.of(items), at);
    }

    public static FirstResponseMade firstResponse(String id, FirstResponseAct act, Instant at, Instant receivedAt) {
        Instant due = receivedAt.plus(Duration.ofMinutes(30));
        return new FirstResponseMade(id, act, at, due, !at.isAfter(due));
    }

    public static MaterialsReceived materialsReceived(String id, Instant at) {
        return new MaterialsReceived(id, at);
    }

    public static ServiceRequestAssigned assigned(String id, Instant at) {
        return new ServiceRequestAssigned(id, "AGENT-7", at);
    }

    public static ServiceRequestAssessed assessed(String id, Instant at) {
        return new ServiceRequestAssessed(id, "account opening", Difficulty.MEDIUM, "one clerk", at);
    }

    public static ServicePlanned planned(String id, Instant at, Instant dueAt) {
        return new ServicePlanned(id, "Customer account opened", List.of("check documents", "create account"),
                "CLERK-3", dueAt, at, "sr-policy-v1");
    }

    public static ProgressReported progress(String id, Instant at) {
        return new ProgressReported(id, "documents checked", at);
    }

    public static DelayAnnounced delay(String id, Instant at, Instant dueInForce, Instant newDue) {
        boolean inTime = at.isBefore(dueInForce);
        return new DelayAnnounced(id, "billing system outage", newDue, dueInForce, at, inTime,
                inTime ? newDue : dueInForce);
    }

    public static ServiceDelivered delivered(String id, Instant at, Instant originalDue, Instant agreedDue) {
        return new ServiceDelivered(id, "Account 4711 opened", at, originalDue, agreedDue, !at.isAfter(originalDue),
                !at.isAfter(agreedDue));
    }

    public static DeliveryRejected rejected(String id, Instant at) {
        return new DeliveryRejected(id, List.of("wrong account type"), at);
    }

    public static DeliveryAccepted accepted(String id, Instant at) {
        return new DeliveryAccepted(id, at);
    }

    public static SatisfactionRecorded satisfaction(String id, int score, Instant at) {
        return new SatisfactionRecorded(id, score, "friendly but slow", at);
    }

    public static ServiceRequestClosed closed(String id, Instant at) {
        return new ServiceRequestClosed(id, at);
    }
}
