package com.serviceledger.kernel.notification;

import static com.serviceledger.kernel.notification.NotificationChannel.EMAIL;
import static com.serviceledger.kernel.notification.NotificationChannel.INBOX;
import static com.serviceledger.kernel.notification.NotificationKind.*;
import static com.serviceledger.kernel.notification.RecipientRole.*;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The notification part of a subsidiary's policy: per kind of event (and optionally per SLA target), who is told
 * and on which channels. A kind without a rule tells nobody; {@link #defaults()} is the regulations' reading (see
 * the README's notification matrix).
 */
public record NotificationTerms(List<NotificationRule> rules) {

    private static final Set<NotificationChannel> INBOX_AND_EMAIL = Set.of(INBOX, EMAIL);

    public NotificationTerms {
        rules = rules == null ? List.of() : List.copyOf(rules);
    }

    /**
     * The regulations' reading. 002 第4篇 §7 and DOMAIN: a complaint's warning goes to the level it names and its
     * breach escalates (department head → quality supervisor → management), the handler hears of both; 001 §2.2: a
     * service request's responsible staff and department head are reminded, a miss reaches the quality supervisor;
     * 002 第3篇 (3) 6-7: a rectification's staff and contractor are reminded and told of the penalty, the owners'
     * committee is told of an overdue one, an inspection escalation is reported to the manager and the technical
     * department (and the contractor whose contract carries the penalty); 002 第5篇: the worst service is a notice to
     * the staff member and their unit (its head and the quality supervisor), a dismissal recommendation goes to
     * management, a star to the staff member and the head; 001 §3.2 and 002 第4篇: whoever a case is handed to is
     * told, and the customer is told of a delay in advance (提前告知) and of the result.
     */
    public static NotificationTerms defaults() {
        return new NotificationTerms(List.of(
                NotificationRule.of(COMPLAINT_SLA_WARNING, Set.of(ESCALATION_LEVEL, HANDLER), INBOX_AND_EMAIL),
                NotificationRule.of(COMPLAINT_SLA_BREACH, Set.of(ESCALATION_LEVEL, DEPARTMENT_HEAD, HANDLER),
                        INBOX_AND_EMAIL),
                NotificationRule.of(SERVICE_REQUEST_SLA_WARNING, Set.of(HANDLER, DEPARTMENT_HEAD), INBOX_AND_EMAIL),
                NotificationRule.of(SERVICE_REQUEST_SLA_BREACH, Set.of(HANDLER, DEPARTMENT_HEAD, QUALITY_SUPERVISOR),
                        INBOX_AND_EMAIL),
                NotificationRule.of(RECTIFICATION_REMINDER, Set.of(HANDLER, CONTRACTOR), INBOX_AND_EMAIL),
                NotificationRule.of(RECTIFICATION_OVERDUE, Set.of(HANDLER, CONTRACTOR, QUALITY_SUPERVISOR),
                        INBOX_AND_EMAIL),
                NotificationRule.of(OWNERS_COMMITTEE_REPORT, Set.of(OWNERS_COMMITTEE), Set.of(EMAIL)),
                NotificationRule.of(QUALITY_ESCALATION, Set.of(MANAGER, TECHNICAL_DEPARTMENT, CONTRACTOR),
                        INBOX_AND_EMAIL),
                NotificationRule.of(WORST_SERVICE_NOTICE, Set.of(STAFF_MEMBER, DEPARTMENT_HEAD, QUALITY_SUPERVISOR),
                        INBOX_AND_EMAIL),
                NotificationRule.of(DISMISSAL_RECOMMENDATION, Set.of(MANAGEMENT), INBOX_AND_EMAIL),
                NotificationRule.of(SERVICE_STAR_AWARD, Set.of(STAFF_MEMBER, DEPARTMENT_HEAD), INBOX_AND_EMAIL),
                NotificationRule.of(CASE_ASSIGNED, Set.of(HANDLER), INBOX_AND_EMAIL),
                NotificationRule.of(DELAY_ANNOUNCED, Set.of(CUSTOMER), Set.of(EMAIL)),
                NotificationRule.of(CASE_RESOLVED, Set.of(CUSTOMER), Set.of(EMAIL)),
                // issue 19: an escalated complaint reaches management (its level), and the quality supervisor who
                // records a close unresolved
                NotificationRule.of(COMPLAINT_ESCALATED, Set.of(ESCALATION_LEVEL, QUALITY_SUPERVISOR, DEPARTMENT_HEAD),
                        INBOX_AND_EMAIL),
                // 000 §5.4 item 2: the owner (责任人) answers for the due date (时间节点), the unit's head oversees it
                NotificationRule.of(IMPROVEMENT_ACTION_WARNING, Set.of(HANDLER, DEPARTMENT_HEAD), INBOX_AND_EMAIL),
                NotificationRule.of(IMPROVEMENT_ACTION_OVERDUE, Set.of(HANDLER, DEPARTMENT_HEAD, QUALITY_SUPERVISOR),
                        INBOX_AND_EMAIL),
                // 000 §8, 001 §7: an incident's unit (its head and the quality supervisor) is told of its time limits
                NotificationRule.of(INCIDENT_DEADLINE_WARNING, Set.of(DEPARTMENT_HEAD, QUALITY_SUPERVISOR),
                        INBOX_AND_EMAIL),
                NotificationRule.of(INCIDENT_DEADLINE_BREACH, Set.of(DEPARTMENT_HEAD, QUALITY_SUPERVISOR),
                        INBOX_AND_EMAIL),
                NotificationRule.of(DRILL_REMINDER, Set.of(QUALITY_SUPERVISOR), INBOX_AND_EMAIL),
                NotificationRule.of(DRILL_OVERDUE, Set.of(QUALITY_SUPERVISOR), INBOX_AND_EMAIL),
                // 002 第4篇 4: the staff member is criticised and educated by their direct supervisor (the handler
                // of the warning), their unit's head oversees it; a closed month's correction reaches both too
                NotificationRule.of(STAFF_WARNING, Set.of(STAFF_MEMBER, HANDLER, DEPARTMENT_HEAD), INBOX_AND_EMAIL),
                NotificationRule.of(SCORECARD_CORRECTED, Set.of(STAFF_MEMBER, DEPARTMENT_HEAD), INBOX_AND_EMAIL),
                // 002 第5篇 二.2: the head of the accused department on receipt, of the complaining one on the outcome
                // (the occasion names that department)
                NotificationRule.of(DEPARTMENT_COMPLAINT_RECEIVED, Set.of(DEPARTMENT_HEAD), INBOX_AND_EMAIL),
                NotificationRule.of(DEPARTMENT_COMPLAINT_OUTCOME, Set.of(DEPARTMENT_HEAD), INBOX_AND_EMAIL),
                // 002 第4篇 六: the head reports the result to the operations staff the same day; they record the final
                // result and the evaluation, which the head and the quality supervisors (who verify) hear of
                NotificationRule.of(COMPLAINT_RESULT_REPORTED, Set.of(OPERATIONS_STAFF), INBOX_AND_EMAIL),
                NotificationRule.of(COMPLAINT_OUTCOME_RECORDED, Set.of(DEPARTMENT_HEAD, QUALITY_SUPERVISOR),
                        INBOX_AND_EMAIL),
                // 001 §3.3 item 4: before management takes an unaccepted complaint over, its head and the quality
                // supervisors are warned while they can still bring the customer to accept
                NotificationRule.of(COMPLAINT_ESCALATION_WARNING, Set.of(DEPARTMENT_HEAD, QUALITY_SUPERVISOR),
                        INBOX_AND_EMAIL)));
    }

    /** These terms, or the defaults for a policy version that named none. */
    public static NotificationTerms orDefaults(NotificationTerms terms) {
        return terms == null ? defaults() : terms;
    }

    /**
     * The rule for this kind and target: the one naming the target, else the kind's general one; none tells nobody.
     * A webhook channel in a rule is ignored (systems subscribe instead).
     */
    public Optional<NotificationRule> ruleFor(NotificationKind kind, String target) {
        Optional<NotificationRule> specific = target == null ? Optional.empty()
                : rules.stream().filter(rule -> rule.kind() == kind && target.equals(rule.target())).findFirst();
        return specific.or(() -> rules.stream()
                .filter(rule -> rule.kind() == kind && Objects.isNull(rule.target())).findFirst());
    }
}
