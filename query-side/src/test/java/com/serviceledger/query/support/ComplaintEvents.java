package com.serviceledger.query.support;

import com.serviceledger.kernel.common.Channel;
import com.serviceledger.kernel.common.ProtectedContact;
import com.serviceledger.kernel.complaint.CallbackRecorded;
import com.serviceledger.kernel.complaint.ComplaintArchived;
import com.serviceledger.kernel.complaint.ComplaintDeadlines;
import com.serviceledger.kernel.complaint.ComplaintDismissed;
import com.serviceledger.kernel.complaint.ComplaintForwarded;
import com.serviceledger.kernel.complaint.ComplaintHandlerNamed;
import com.serviceledger.kernel.complaint.ComplaintReceived;
import com.serviceledger.kernel.complaint.ComplaintResolved;
import com.serviceledger.kernel.complaint.ComplaintSlaBreached;
import com.serviceledger.kernel.complaint.ComplaintSlaWarningRaised;
import com.serviceledger.kernel.complaint.ComplaintTarget;
import com.serviceledger.kernel.complaint.ComplaintVerified;
import com.serviceledger.kernel.complaint.CustomerContacted;
import com.serviceledger.kernel.complaint.EscalationLevel;
import com.serviceledger.kernel.complaint.HandlerArrivedOnSite;
import com.serviceledger.kernel.complaint.MisconductCategory;
import com.serviceledger.kernel.complaint.SlaTarget;
import com.serviceledger.kernel.complaint.SolutionRejected;
import com.serviceledger.kernel.complaint.Urgency;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/** Complaint events as the command side records them, with the default policy's due times. */
public final class ComplaintEvents {

    public static final String SHANGHAI = "Asia/Shanghai";
    public static final String CUSTOMER_NAME = "Wang Xiaoming";
    public static final String CUSTOMER_EMAIL = "wang.xiaoming@example.com";
    /**
     * The customer as events carry it, with tokens no vault can read: enough where a test is not about privacy
     * (tests about it encrypt through the real vault and pass the result to {@link Received#customer}).
     */
    public static final ProtectedContact CUSTOMER = new ProtectedContact("CUS-FIXTURE", "pii:v1:bmFtZQ==",
            "pii:v1:cGhvbmU=", "pii:v1:ZW1haWw=");

    private ComplaintEvents() {
    }

    public static String newComplaintId() {
        return "CMP-" + UUID.randomUUID();
    }

    /** A subsidiary of its own keeps one test's complaints apart from the others' in searches and metrics. */
    public static String newSubsidiary() {
        return "SUB-" + UUID.randomUUID();
    }

    public static Received received(String complaintId, String subsidiaryId, Instant at) {
        return new Received(complaintId, subsidiaryId, at);
    }

    /** A complaint being received: defaults to a normal hotline complaint about the weighbridge. */
    public static final class Received {
        private final String complaintId;
        private final String subsidiaryId;
        private final Instant at;
        private String departmentId = "DEP-WEIGHBRIDGE";
        private String postId = "POST-SCALE-1";
        private String staffId = "STAFF-7";
        private Channel channel = Channel.HOTLINE;
        private Urgency urgency = Urgency.NORMAL;
        private String timeZone = SHANGHAI;
        private String content = "The weighbridge clerk kept the truck waiting for two hours";
        private String demand = "Serve trucks in order of arrival";
        private ProtectedContact customer = CUSTOMER;

        private Received(String complaintId, String subsidiaryId, Instant at) {
            this.complaintId = complaintId;
            this.subsidiaryId = subsidiaryId;
            this.at = at;
        }

        public Received department(String department) {
            this.departmentId = department;
            return this;
        }

        public Received channel(Channel value) {
            this.channel = value;
            return this;
        }

        public Received urgent() {
            this.urgency = Urgency.URGENT;
            return this;
        }

        public Received timeZone(String zone) {
            this.timeZone = zone;
            return this;
        }

        public Received saying(String complaintContent, String customerDemand) {
            this.content = complaintContent;
            this.demand = customerDemand;
            return this;
        }

        public Received customer(ProtectedContact protectedContact) {
            this.customer = protectedContact;
            return this;
        }

        public ComplaintReceived event() {
            ComplaintDeadlines deadlines = new ComplaintDeadlines(at.plus(Duration.ofMinutes(30)),
                    at.plus(Duration.ofHours(4)), urgency == Urgency.URGENT ? at.plus(Duration.ofMinutes(10)) : null,
                    at.plus(Duration.ofDays(2)));
            return new ComplaintReceived(complaintId, channel, customer, content, demand,
                    new ComplaintTarget(subsidiaryId, departmentId, postId, staffId), urgency, at, timeZone,
                    "complaint-policy-v1", deadlines);
        }
    }

    public static ComplaintDismissed dismissed(String id, Instant at) {
        return new ComplaintDismissed(id, "The weighbridge log shows the truck was served in order", at);
    }

    public static ComplaintForwarded forwarded(String id, String department, Instant at) {
        return new ComplaintForwarded(id, department, "HEAD-" + department, at);
    }

    public static CustomerContacted contacted(String id, Instant at, boolean withinTarget, boolean withinHardLimit) {
        return new CustomerContacted(id, "HEAD-1", "Second scale opened at peak hours", at, withinTarget,
                withinHardLimit);
    }

    public static HandlerArrivedOnSite onSite(String id, Instant at, boolean withinTarget) {
        return new HandlerArrivedOnSite(id, "HANDLER-1", at, withinTarget);
    }

    public static ComplaintHandlerNamed handlerNamed(String id, Instant at) {
        return new ComplaintHandlerNamed(id, "HANDLER-1", at);
    }

    public static ComplaintResolved resolved(String id, Instant at, boolean withinTarget, Instant callbackDueAt) {
        return new ComplaintResolved(id, "HANDLER-1", "Second scale opened; clerk coached", at, withinTarget,
                callbackDueAt);
    }

    public static SolutionRejected solutionRejected(String id, Instant at) {
        return new SolutionRejected(id, "Still waiting too long", at);
    }

    public static CallbackRecorded callback(String id, Instant at, boolean accepted, boolean withinTarget) {
        return new CallbackRecorded(id, accepted ? 5 : 2, accepted, "called back", at, withinTarget);
    }

    /** A callback with the customer's own score. */
    public static CallbackRecorded callback(String id, Instant at, int satisfaction, boolean accepted,
                                            boolean withinTarget) {
        return new CallbackRecorded(id, satisfaction, accepted, "called back", at, withinTarget);
    }

    public static ComplaintVerified verified(String id, Instant at, Instant receivedAt) {
        return new ComplaintVerified(id, "STAFF-7", MisconductCategory.ATTITUDE, "Clerk ignored the queue", at,
                receivedAt, null);
    }

    public static ComplaintArchived archived(String id, Instant at) {
        return new ComplaintArchived(id, at);
    }

    public static ComplaintSlaWarningRaised warning(String id, SlaTarget target, int percent, Instant dueAt,
                                                    Instant at) {
        return new ComplaintSlaWarningRaised(id, target, percent, dueAt, at, EscalationLevel.DEPARTMENT_HEAD);
    }

    public static ComplaintSlaBreached breached(String id, SlaTarget target, Instant dueAt) {
        return new ComplaintSlaBreached(id, target, dueAt, dueAt, target.breachEscalation());
    }
}
