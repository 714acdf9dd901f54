package com.serviceledger.kernel.notification;

/** What happened that someone must be told of; a policy says whom and how, per kind (and per target). */
public enum NotificationKind {
    /** A complaint's SLA target is near (ComplaintSlaWarningRaised; its level names whom it goes to). */
    COMPLAINT_SLA_WARNING,
    /** A complaint's SLA target passed unmet and the case escalates (ComplaintSlaBreached). */
    COMPLAINT_SLA_BREACH,
    /** A service request's first response or delivery is near (ServiceRequestSlaWarningRaised). */
    SERVICE_REQUEST_SLA_WARNING,
    /** A service request's first response or delivery passed unmet (ServiceRequestSlaBreached). */
    SERVICE_REQUEST_SLA_BREACH,
    /** A rectification's deadline is near and it is still open (RectificationWarningRaised). */
    RECTIFICATION_REMINDER,
    /** A rectification missed its deadline; its penalty is due (RectificationOverdue). */
    RECTIFICATION_OVERDUE,
    /** The owners' committee is told of an overdue rectification and its penalty (OwnersCommitteeInformed). */
    OWNERS_COMMITTEE_REPORT,
    /** A unit's month reached the inspection escalation threshold (QualityEscalated). */
    QUALITY_ESCALATION,
    /** The worst service of the month, fined and posted (WorstServiceDesignated). */
    WORST_SERVICE_NOTICE,
    /** Dismissal recommended to management (DismissalRecommended). */
    DISMISSAL_RECOMMENDATION,
    /** The unit's service star of the month (ServiceStarAwarded). */
    SERVICE_STAR_AWARD,
    /** A case was put in someone's hands: forwarded, a handler named, a request assigned, a rectification raised. */
    CASE_ASSIGNED,
    /** A service request's delivery was announced to be later (DelayAnnounced): the customer is told. */
    DELAY_ANNOUNCED,
    /** A complaint was resolved or a service request delivered: the customer is told the result. */
    CASE_RESOLVED,
    /** A complaint the customer does not accept went to management, who may close it unresolved (ComplaintEscalated). */
    COMPLAINT_ESCALATED,
    /** An improvement action's due date is near and it is still open (ImprovementActionWarningRaised). */
    IMPROVEMENT_ACTION_WARNING,
    /** An improvement action passed its due date not done (ImprovementActionOverdue). */
    IMPROVEMENT_ACTION_OVERDUE,
    /** An incident's report to the superiors or its review is near and not done (IncidentDeadlineWarningRaised). */
    INCIDENT_DEADLINE_WARNING,
    /** An incident's report or review passed undone (IncidentDeadlineBreached). */
    INCIDENT_DEADLINE_BREACH,
    /** A planned drill is near its due time and not recorded (DrillWarningRaised). */
    DRILL_REMINDER,
    /** A planned drill was not recorded by its due time (DrillOverdue). */
    DRILL_OVERDUE,
    /** A month at the worst service threshold brought criticism and education first (StaffWarned). */
    STAFF_WARNING,
    /** A closed month changed by a complaint verified after its close (ScorecardCorrected). */
    SCORECARD_CORRECTED,
    /** A department complained about another (002 第5篇 二.2): the accused department's head is told at once. */
    DEPARTMENT_COMPLAINT_RECEIVED,
    /** A department's complaint was verified or dismissed: the complaining department's head is told the outcome. */
    DEPARTMENT_COMPLAINT_OUTCOME,
    /** The department head reported a complaint's result (ComplaintResultReported): the operations staff record it. */
    COMPLAINT_RESULT_REPORTED,
    /** A complaint's final result and the evaluation of its handling are on record (ComplaintOutcomeRecorded). */
    COMPLAINT_OUTCOME_RECORDED,
    /** A complaint without an accepted solution nears its time-based escalation (ComplaintEscalationWarningRaised). */
    COMPLAINT_ESCALATION_WARNING
}
