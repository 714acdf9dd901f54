package com.serviceledger.query.metrics;

import static com.serviceledger.query.support.ComplaintEvents.breached;
import static com.serviceledger.query.support.ComplaintEvents.callback;
import static com.serviceledger.query.support.ComplaintEvents.contacted;
import static com.serviceledger.query.support.ComplaintEvents.dismissed;
import static com.serviceledger.query.support.ComplaintEvents.resolved;
import static com.serviceledger.query.support.ServiceRequestEvents.delay;
import static com.serviceledger.query.support.ServiceRequestEvents.delivered;
import static com.serviceledger.query.support.ServiceRequestEvents.planned;
import static com.serviceledger.query.support.ServiceRequestEvents.satisfaction;

import com.serviceledger.kernel.common.Channel;
import com.serviceledger.kernel.common.ProtectedContact;
import com.serviceledger.kernel.complaint.CallbackRecorded;
import com.serviceledger.kernel.complaint.ComplainingDepartment;
import com.serviceledger.kernel.complaint.ComplaintClosedUnresolved;
import com.serviceledger.kernel.complaint.ComplaintDeadlines;
import com.serviceledger.kernel.complaint.ComplaintEscalated;
import com.serviceledger.kernel.complaint.ComplaintReceived;
import com.serviceledger.kernel.complaint.ComplaintResultReported;
import com.serviceledger.kernel.complaint.ComplaintSlaBreached;
import com.serviceledger.kernel.complaint.ComplaintTarget;
import com.serviceledger.kernel.complaint.CustomerContacted;
import com.serviceledger.kernel.complaint.EscalationCause;
import com.serviceledger.kernel.complaint.EscalationLevel;
import com.serviceledger.kernel.complaint.InvestigationResultReturned;
import com.serviceledger.kernel.complaint.SlaTarget;
import com.serviceledger.kernel.complaint.SolutionRejected;
import com.serviceledger.kernel.complaint.SolutionReturned;
import com.serviceledger.kernel.complaint.Urgency;
import com.serviceledger.kernel.inspection.CheckedItem;
import com.serviceledger.kernel.inspection.InspectedUnit;
import com.serviceledger.kernel.inspection.InspectionKind;
import com.serviceledger.kernel.inspection.InspectionRecorded;
import com.serviceledger.kernel.inspection.Inspector;
import com.serviceledger.kernel.inspection.InspectorRole;
import com.serviceledger.kernel.inspection.NonConformity;
import com.serviceledger.kernel.inspection.RectificationOverdue;
import com.serviceledger.kernel.inspection.RectificationRaised;
import com.serviceledger.kernel.inspection.RectificationRecorded;
import com.serviceledger.kernel.inspection.Severity;
import com.serviceledger.kernel.satisfaction.RatedUnit;
import com.serviceledger.kernel.satisfaction.RatingRecorded;
import com.serviceledger.kernel.satisfaction.RatingSource;
import com.serviceledger.kernel.scoring.ScorecardClosed;
import com.serviceledger.kernel.scoring.ScorecardOpened;
import com.serviceledger.kernel.scoring.WorstServiceDesignated;
import com.serviceledger.kernel.policy.ScoringTerms;
import com.serviceledger.kernel.servicerequest.DeliveryAccepted;
import com.serviceledger.kernel.servicerequest.ServiceCategory;
import com.serviceledger.kernel.servicerequest.ServiceRequestClosedWithoutSurvey;
import com.serviceledger.kernel.servicerequest.ServiceRequestReceived;
import com.serviceledger.kernel.servicerequest.ServiceRequestSlaBreached;
import com.serviceledger.kernel.servicerequest.ServiceRequestSlaTarget;
import com.serviceledger.kernel.servicerequest.ServiceRequestTarget;
import com.serviceledger.query.support.AggregateStory;
import com.serviceledger.query.support.ComplaintStory;
import com.serviceledger.query.support.ServiceRequestStory;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A known history across three subsidiaries in different zones (two in Shanghai UTC+8; London, on summer time
 * from 29 March 2026). Every expected figure in {@link ServiceQualityMetricsTest} is counted by hand
 * from the comments here (local dates in brackets).
 */
public final class MetricsHistory {

    static final String SHANGHAI = "Asia/Shanghai";
    static final String LONDON = "Europe/London";

    public final String tag = UUID.randomUUID().toString().substring(0, 8);
    /** Shanghai subsidiary. */
    public final String subA = "SUB-SH-" + tag;
    /** London subsidiary. */
    public final String subB = "SUB-LN-" + tag;
    /** A staff member of subA, complained about in C1 and C4, rated in T1 and T2, responsible for K2. */
    public final String staff = "STAFF-" + tag;
    public final String site = "SITE-" + tag;
    /**
     * Shanghai subsidiary of the callback and dismissal rules (C7–C10): every callback a score in its own
     * period, one callback item per resolution, a breach counted although the complaint was dismissed later.
     */
    public final String subC = "SUB-RULES-" + tag;
    /** The staff member complained about in C7–C10. */
    public final String staffC = "STAFF-C-" + tag;
    /** Shanghai subsidiary of the dead ends (C11, R8): a complaint closed unresolved, a request closed without survey. */
    public final String subD = "SUB-DEADENDS-" + tag;
    /**
     * Shanghai subsidiary of the department-coordination complaint (C13, 002 第5篇 二.2) beside a customer's (C12) and
     * one service request (R9): the rate and the satisfaction count the customer's only.
     */
    public final String subE = "SUB-COORD-" + tag;

    public final List<ComplaintStory> complaints;
    public final List<ServiceRequestStory> requests;
    public final Map<String, List<AggregateStory>> others;

    public MetricsHistory() {
        String c1 = "CMP-1-" + tag;
        String c2 = "CMP-2-" + tag;
        String c3 = "CMP-3-" + tag;
        String c4 = "CMP-4-" + tag;
        String c5 = "CMP-5-" + tag;
        String c6 = "CMP-6-" + tag;
        String c7 = "CMP-7-" + tag;
        String c8 = "CMP-8-" + tag;
        String c9 = "CMP-9-" + tag;
        String c10 = "CMP-10-" + tag;
        complaints = List.of(
                // C1 [Mar 31 23:59 SH]: contact on time [Apr 1 00:09], resolved on time [Apr 1], callback 5 [Apr 1]
                // and the department's steps: investigation result on time [Apr 1], result reported on time
                // [Apr 1], its solution late [Apr 2]
                ComplaintStory.of(c1, complaint(c1, subA, SHANGHAI, "2026-03-31T15:59:00Z", staff, false),
                        contacted(c1, at("2026-03-31T16:09:00Z"), true, true),
                        new InvestigationResultReturned(c1, "Scale misread", at("2026-03-31T16:20:00Z"), true,
                                at("2026-04-01T15:59:59Z")),
                        resolved(c1, at("2026-04-01T02:00:00Z"), true, at("2026-04-01T15:59:59Z")),
                        callback(c1, at("2026-04-01T08:00:00Z"), true, true),
                        new ComplaintResultReported(c1, "Ticket reprinted", at("2026-04-01T09:00:00Z"), true),
                        new SolutionReturned(c1, "Reprint the ticket", at("2026-04-02T02:00:00Z"), false)),
                // C2 [Mar 10]: contacted on time, then dismissed: not valid for the rate, but its contact, settled
                // before the dismissal, counts [Mar 10, on time]
                ComplaintStory.of(c2, complaint(c2, subA, SHANGHAI, "2026-03-10T02:00:00Z", null, false),
                        contacted(c2, at("2026-03-10T02:10:00Z"), true, true),
                        dismissed(c2, at("2026-03-10T03:00:00Z"))),
                // C3 [Feb 15]: contact on time, resolved on time [Feb 16], callback 5 [Feb 16]
                ComplaintStory.of(c3, complaint(c3, subA, SHANGHAI, "2026-02-15T02:00:00Z", null, false),
                        contacted(c3, at("2026-02-15T02:10:00Z"), true, true),
                        resolved(c3, at("2026-02-16T02:00:00Z"), true, at("2026-02-16T15:59:59Z")),
                        callback(c3, at("2026-02-16T05:00:00Z"), true, true)),
                // C4 [Apr 5], urgent: on-site and contact breached [Apr 5], never contacted
                ComplaintStory.of(c4, complaint(c4, subA, SHANGHAI, "2026-04-05T02:00:00Z", staff, true),
                        new ComplaintSlaBreached(c4, SlaTarget.ON_SITE, at("2026-04-05T02:10:00Z"),
                                at("2026-04-05T02:10:00Z"), SlaTarget.ON_SITE.breachEscalation()),
                        new ComplaintSlaBreached(c4, SlaTarget.CONTACT, at("2026-04-05T02:30:00Z"),
                                at("2026-04-05T02:30:00Z"), SlaTarget.CONTACT.breachEscalation())),
                // C5 [Apr 1 00:30 London summer time, Mar 31 UTC]
                ComplaintStory.of(c5, complaint(c5, subB, LONDON, "2026-03-31T23:30:00Z", null, false)),
                // C6 [Mar 20 London]
                ComplaintStory.of(c6, complaint(c6, subB, LONDON, "2026-03-20T10:00:00Z", null, false)),
                // C7 [Mar 30]: resolved [Mar 31], called back 2 [Mar 31 23:30], solution rejected (on time); resolved
                // again [Apr 1], called back 5 [Apr 1] (on time): two callback items and two scores, March and April
                // C7 came by a channel owed a reply (002 第1篇 六.3): answered in time by the contact [Mar 30]
                ComplaintStory.of(c7, complaint(c7, subC, SHANGHAI, "2026-03-30T02:00:00Z", staffC, false),
                        new CustomerContacted(c7, "HEAD-1", "Second scale opened at peak hours",
                                at("2026-03-30T02:10:00Z"), true, true, true),
                        resolved(c7, at("2026-03-31T02:00:00Z"), true, at("2026-03-31T15:59:59Z")),
                        callback(c7, at("2026-03-31T15:30:00Z"), 2, false, true),
                        resolved(c7, at("2026-04-01T02:00:00Z"), true, at("2026-04-01T15:59:59Z")),
                        callback(c7, at("2026-04-01T04:00:00Z"), 5, true, true)),
                // C8 [Apr 6]: resolved [Apr 7], called back 3 [Apr 7], rejected (on time); resolved again [Apr 8], the
                // callback deadline breached [Apr 8 23:59:59], called back 4 late [Apr 9]: one on time, one late
                // (April), two scores (April)
                ComplaintStory.of(c8, complaint(c8, subC, SHANGHAI, "2026-04-06T02:00:00Z", staffC, false),
                        contacted(c8, at("2026-04-06T02:10:00Z"), true, true),
                        resolved(c8, at("2026-04-07T02:00:00Z"), true, at("2026-04-07T15:59:59Z")),
                        callback(c8, at("2026-04-07T06:00:00Z"), 3, false, true),
                        resolved(c8, at("2026-04-08T02:00:00Z"), true, at("2026-04-08T15:59:59Z")),
                        breached(c8, SlaTarget.CALLBACK, at("2026-04-08T15:59:59Z")),
                        callback(c8, at("2026-04-09T02:00:00Z"), 4, true, false)),
                // C9 [Apr 10], urgent: on site breached [Apr 10 10:10], dismissed as unfounded 5 minutes later: not
                // valid for the rate, late on site (April); the dismissal stops the other timers
                ComplaintStory.of(c9, complaint(c9, subC, SHANGHAI, "2026-04-10T02:00:00Z", staffC, true),
                        breached(c9, SlaTarget.ON_SITE, at("2026-04-10T02:10:00Z")),
                        dismissed(c9, at("2026-04-10T02:15:00Z"))),
                // C10 [Apr 18]: resolved [Apr 20], the callback never comes: late at its due time (April)
                ComplaintStory.of(c10, complaint(c10, subC, SHANGHAI, "2026-04-18T02:00:00Z", staffC, false),
                        contacted(c10, at("2026-04-18T02:10:00Z"), true, true),
                        resolved(c10, at("2026-04-20T01:00:00Z"), true, at("2026-04-20T15:59:59Z")),
                        breached(c10, SlaTarget.CALLBACK, at("2026-04-20T15:59:59Z"))),
                // C11 [Apr 2]: contacted on time, two solutions rejected, escalated, closed unresolved [Apr 3]: the
                // resolution settles then, not on time (April), and one unresolved closure
                ComplaintStory.of("CMP-11-" + tag, complaint("CMP-11-" + tag, subD, SHANGHAI, "2026-04-02T02:00:00Z",
                                null, false),
                        contacted("CMP-11-" + tag, at("2026-04-02T02:10:00Z"), true, true),
                        new SolutionRejected("CMP-11-" + tag, "not enough", at("2026-04-02T05:00:00Z")),
                        contacted("CMP-11-" + tag, at("2026-04-02T06:00:00Z"), true, true),
                        new SolutionRejected("CMP-11-" + tag, "still not enough", at("2026-04-02T08:00:00Z")),
                        new ComplaintEscalated("CMP-11-" + tag, EscalationCause.REPEATED_REJECTION, 2, 2,
                                EscalationLevel.MANAGEMENT, at("2026-04-02T08:00:00Z")),
                        new ComplaintClosedUnresolved("CMP-11-" + tag, "head-d", "a second scale", "not planned", 2,
                                at("2026-04-03T02:00:00Z"))),
                // C12 [Apr 6]: a customer's, resolved on time, callback 5 [Apr 6]
                ComplaintStory.of("CMP-12-" + tag, complaint("CMP-12-" + tag, subE, SHANGHAI, "2026-04-06T02:00:00Z",
                                null, false),
                        contacted("CMP-12-" + tag, at("2026-04-06T02:10:00Z"), true, true),
                        resolved("CMP-12-" + tag, at("2026-04-06T05:00:00Z"), true, at("2026-04-06T15:59:59Z")),
                        callback("CMP-12-" + tag, at("2026-04-06T08:00:00Z"), 5, true, true)),
                // C13 [Apr 7]: the sales department's about the weighbridge, resolved on time, callback 1 by the
                // sales head [Apr 7]: beside the rate, out of the satisfaction, in the on-time figures (callback)
                ComplaintStory.of("CMP-13-" + tag, fromDepartment("CMP-13-" + tag, subE, "2026-04-07T02:00:00Z"),
                        contacted("CMP-13-" + tag, at("2026-04-07T02:10:00Z"), true, true),
                        resolved("CMP-13-" + tag, at("2026-04-07T05:00:00Z"), true, at("2026-04-07T15:59:59Z")),
                        new CallbackRecorded("CMP-13-" + tag, 1, true, "loading in order now",
                                at("2026-04-07T08:00:00Z"), true, null, "HEAD-SALES-" + tag)));

        String r1 = "SRQ-1-" + tag;
        String r2 = "SRQ-2-" + tag;
        String r3 = "SRQ-3-" + tag;
        String r4 = "SRQ-4-" + tag;
        String r5 = "SRQ-5-" + tag;
        String r6 = "SRQ-6-" + tag;
        String r7 = "SRQ-7-" + tag;
        requests = List.of(
                // R1 [Mar 5], information: delivered on time [Mar 5], survey 4 [Mar 6]
                ServiceRequestStory.of(r1, request(r1, subA, SHANGHAI, ServiceCategory.INFORMATION, "2026-03-05T02:00:00Z"),
                        planned(r1, at("2026-03-05T03:00:00Z"), at("2026-03-06T02:00:00Z")),
                        delivered(r1, at("2026-03-05T10:00:00Z"), at("2026-03-06T02:00:00Z"), at("2026-03-06T02:00:00Z")),
                        satisfaction(r1, 4, at("2026-03-06T02:00:00Z"))),
                // R2 [Mar 31 23:30 SH]: delivery breached [Apr 2], never delivered
                ServiceRequestStory.of(r2, request(r2, subA, SHANGHAI, ServiceCategory.BUSINESS_ASSISTANCE,
                                "2026-03-31T15:30:00Z"),
                        planned(r2, at("2026-03-31T15:40:00Z"), at("2026-04-02T02:00:00Z")),
                        new ServiceRequestSlaBreached(r2, ServiceRequestSlaTarget.DELIVERY, at("2026-04-02T02:00:00Z"),
                                at("2026-04-02T02:00:00Z"))),
                // R3 [Feb 10]: open
                ServiceRequestStory.of(r3, request(r3, subA, SHANGHAI, ServiceCategory.OTHER, "2026-02-10T02:00:00Z")),
                // R4 [Apr 10]: due Apr 30 23:00 SH, breached [Apr 30], delivered late in May: stays in April, late
                ServiceRequestStory.of(r4, request(r4, subA, SHANGHAI, ServiceCategory.SPECIAL_NEED, "2026-04-10T02:00:00Z"),
                        planned(r4, at("2026-04-10T03:00:00Z"), at("2026-04-30T15:00:00Z")),
                        new ServiceRequestSlaBreached(r4, ServiceRequestSlaTarget.DELIVERY, at("2026-04-30T15:00:00Z"),
                                at("2026-04-30T15:00:00Z")),
                        delivered(r4, at("2026-05-02T02:00:00Z"), at("2026-04-30T15:00:00Z"), at("2026-04-30T15:00:00Z"))),
                // R5 [Apr 8]: due Apr 15, delay announced in time to Apr 20, delivered Apr 18: on time against
                // the agreed due time, late against the original; survey 2 [Apr 19]
                ServiceRequestStory.of(r5, request(r5, subA, SHANGHAI, ServiceCategory.INFORMATION, "2026-04-08T02:00:00Z"),
                        planned(r5, at("2026-04-08T03:00:00Z"), at("2026-04-15T02:00:00Z")),
                        delay(r5, at("2026-04-14T02:00:00Z"), at("2026-04-15T02:00:00Z"), at("2026-04-20T02:00:00Z")),
                        delivered(r5, at("2026-04-18T02:00:00Z"), at("2026-04-15T02:00:00Z"), at("2026-04-20T02:00:00Z")),
                        satisfaction(r5, 2, at("2026-04-19T02:00:00Z"))),
                // R6 [Mar 15 London], R7 [Apr 2 London]
                ServiceRequestStory.of(r6, request(r6, subB, LONDON, ServiceCategory.INFORMATION, "2026-03-15T12:00:00Z")),
                ServiceRequestStory.of(r7, request(r7, subB, LONDON, ServiceCategory.OTHER, "2026-04-02T12:00:00Z")),
                // R8 [Apr 3]: delivered on time and accepted [Apr 3], no survey: closed without one [Apr 10] (April)
                ServiceRequestStory.of("SRQ-8-" + tag, request("SRQ-8-" + tag, subD, SHANGHAI,
                                ServiceCategory.INFORMATION, "2026-04-03T02:00:00Z"),
                        planned("SRQ-8-" + tag, at("2026-04-03T03:00:00Z"), at("2026-04-04T02:00:00Z")),
                        delivered("SRQ-8-" + tag, at("2026-04-03T10:00:00Z"), at("2026-04-04T02:00:00Z"),
                                at("2026-04-04T02:00:00Z")),
                        new DeliveryAccepted("SRQ-8-" + tag, at("2026-04-03T11:00:00Z")),
                        new ServiceRequestClosedWithoutSurvey("SRQ-8-" + tag, at("2026-04-03T11:00:00Z"),
                                at("2026-04-10T11:00:00Z"), at("2026-04-10T11:00:00Z"))),
                // R9 [Apr 6]: the one service interaction of subE
                ServiceRequestStory.of("SRQ-9-" + tag, request("SRQ-9-" + tag, subE, SHANGHAI,
                        ServiceCategory.INFORMATION, "2026-04-06T01:00:00Z")));

        InspectedUnit unit = new InspectedUnit(subA, site, null);
        String k1 = "RCT-1-" + tag;
        String k2 = "RCT-2-" + tag;
        String k3 = "RCT-3-" + tag;
        String ins = "INS-" + tag;
        NonConformity found = new NonConformity(k3, 2, "stairs-dust-free", Severity.MINOR, "dust", null,
                at("2026-04-03T03:00:00Z"), at("2026-04-03T02:48:00Z"), new BigDecimal("200"));
        others = Map.of(
                "rectifications", List.of(
                        // K1 [Mar 10]: fixed on time [Mar 10]
                        AggregateStory.of("Rectification", k1, raised(k1, unit, "2026-03", "2026-03-10T02:00:00Z",
                                        "2026-03-10T03:00:00Z", null),
                                new RectificationRecorded(k1, unit, "2026-03", "cleaner-1", "done",
                                        at("2026-03-10T02:30:00Z"), at("2026-03-10T03:00:00Z"), true, null)),
                        // K2 [raised Mar 31 23:30 SH]: overdue at its deadline [Apr 1 00:30 SH], never fixed
                        AggregateStory.of("Rectification", k2, raised(k2, unit, "2026-03", "2026-03-31T15:30:00Z",
                                        "2026-03-31T16:30:00Z", staff),
                                new RectificationOverdue(k2, unit, "2026-03", Severity.MINOR, at("2026-03-31T16:30:00Z"),
                                        at("2026-03-31T16:30:00Z"), new BigDecimal("200"), "insp-1"))),
                "inspections", List.of(
                        // one daily inspection [Apr 3]: 2 items, 1 failed
                        AggregateStory.of("Inspection", ins, new InspectionRecorded(ins, InspectionKind.DAILY, unit,
                                List.of(new Inspector("assistant-" + tag, InspectorRole.ASSISTANT)),
                                List.of(CheckedItem.pass("floor-clean"),
                                        CheckedItem.fail("stairs-dust-free", Severity.MINOR, "dust")),
                                List.of(found), at("2026-04-03T02:00:00Z"), SHANGHAI, "2026-04", "insp-1"))),
                "ratings", List.of(
                        // T1 [Mar 31 23:59 SH] 5, T2 [Apr 1 00:01 SH] 3, both about the staff member; T3 [Feb 20] 4
                        rating("RAT-1-" + tag, subA, staff, 5, "2026-03-31T15:59:00Z", SHANGHAI),
                        rating("RAT-2-" + tag, subA, staff, 3, "2026-03-31T16:01:00Z", SHANGHAI),
                        rating("RAT-3-" + tag, subA, null, 4, "2026-02-20T02:00:00Z", SHANGHAI),
                        // T4 [Apr 10 London] 4
                        rating("RAT-4-" + tag, subB, null, 4, "2026-04-10T12:00:00Z", LONDON)),
                "scorecards", List.of(scorecard()));
    }

    private AggregateStory scorecard() {
        String card = "SC:" + staff + ":2026-04";
        Instant close = at("2026-05-01T01:00:00Z");
        return AggregateStory.of("Scorecard", card,
                new ScorecardOpened(card, staff, "2026-04", SHANGHAI, subA, "DEP-WEIGHBRIDGE", "v1",
                        ScoringTerms.defaults()),
                new ScorecardClosed(card, staff, "2026-04", 2, 15, 0, 15, true, new BigDecimal("500"), "v1", close),
                new WorstServiceDesignated(card, staff, subA, "2026-04", 2, new BigDecimal("500"),
                        staff + " is the worst service of 2026-04", 3, "v1", close));
    }

    static Instant at(String instant) {
        return Instant.parse(instant);
    }

    private static ComplaintReceived complaint(String id, String subsidiary, String zone, String receivedAt,
                                               String staffId, boolean urgent) {
        Instant at = at(receivedAt);
        ComplaintDeadlines deadlines = new ComplaintDeadlines(at.plus(Duration.ofMinutes(30)),
                at.plus(Duration.ofHours(4)), urgent ? at.plus(Duration.ofMinutes(10)) : null, at.plus(Duration.ofDays(2)));
        return new ComplaintReceived(id, Channel.HOTLINE, new ProtectedContact("CUS-METRICS", "pii:v1:bmFtZQ==", "pii:v1:cGhvbmU=", null),
                "kept waiting", "serve in order", new ComplaintTarget(subsidiary, "DEP-WEIGHBRIDGE", "POST-SCALE", staffId),
                urgent ? Urgency.URGENT : Urgency.NORMAL, at, zone, "complaint-policy-v1", deadlines);
    }

    /** A department complaint (002 第5篇 二.2): the sales department about the weighbridge; no customer. */
    private ComplaintReceived fromDepartment(String id, String subsidiary, String receivedAt) {
        ComplaintReceived like = complaint(id, subsidiary, SHANGHAI, receivedAt, null, false);
        return new ComplaintReceived(id, Channel.EMAIL, null, "orders held back at loading", "load in order",
                like.complainedAbout(), Urgency.NORMAL, like.receivedAt(), SHANGHAI, like.policyVersion(),
                like.deadlines(), new ComplainingDepartment("DEP-SALES", "STAFF-SALES-" + tag));
    }

    private static ServiceRequestReceived request(String id, String subsidiary, String zone, ServiceCategory category,
                                                  String receivedAt) {
        Instant at = at(receivedAt);
        return new ServiceRequestReceived(id, Channel.HOTLINE, new ProtectedContact("CUS-METRICS-SR", "pii:v1:bmFtZQ==", "pii:v1:cGhvbmU=", null),
                category, "open an account", new ServiceRequestTarget(subsidiary, "DEP-WEIGHBRIDGE", "POST-SCALE"), at,
                zone, "sr-policy-v1", at.plus(Duration.ofMinutes(30)));
    }

    private static RectificationRaised raised(String id, InspectedUnit unit, String month, String raisedAt,
                                              String dueAt, String staffId) {
        return new RectificationRaised(id, "INS-x", InspectionKind.DAILY, unit, month, SHANGHAI, 1, "floor-clean",
                Severity.MINOR, "litter", staffId, at(raisedAt), at(dueAt), at(raisedAt), new BigDecimal("200"),
                "insp-1");
    }

    private static AggregateStory rating(String id, String subsidiary, String staffId, int score, String ratedAt,
                                         String zone) {
        return AggregateStory.of("SatisfactionRating", id, new RatingRecorded(id, RatingSource.ONLINE_RATING,
                new RatedUnit(subsidiary, "DEP-WEIGHBRIDGE", "POST-SCALE", staffId), Channel.WECHAT, null, score, null,
                at(ratedAt), zone));
    }
}
