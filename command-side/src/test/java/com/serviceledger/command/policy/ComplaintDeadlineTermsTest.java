package com.serviceledger.command.policy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.serviceledger.kernel.common.Channel;
import com.serviceledger.kernel.complaint.CallbackRecorded;
import com.serviceledger.kernel.complaint.ComplaintDismissed;
import com.serviceledger.kernel.complaint.ComplaintForwarded;
import com.serviceledger.kernel.complaint.ComplaintReceived;
import com.serviceledger.kernel.complaint.CustomerContacted;
import com.serviceledger.kernel.complaint.Urgency;
import com.serviceledger.kernel.policy.ComplaintPolicy;
import com.serviceledger.kernel.policy.ComplaintTerms;
import com.serviceledger.kernel.policy.DayKind;
import com.serviceledger.kernel.policy.PolicyPublished;
import com.serviceledger.kernel.policy.PolicyTerms;
import com.serviceledger.kernel.policy.PublishPolicy;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The investigation, solution and reply limits of a published policy version (001 §3.3, 002 第1篇 六.3), and the
 * versions and events stored before they existed.
 */
class ComplaintDeadlineTermsTest {

    static final Instant NOW = Instant.parse("2026-04-03T01:00:00Z"); // Friday 09:00 in Shanghai
    static final String POLICY = PublishPolicy.policyIdOf("sub-1");
    /** As the event serializer reads: unknown properties ignored, absent ones null. */
    static final ObjectMapper AXON_LIKE = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    @Test
    void aPublishedVersionFixesTheInvestigationSolutionAndReplyLimits() throws Exception {
        ComplaintTerms complaint = new ComplaintTerms(Duration.ofMinutes(30), Duration.ofHours(4),
                Duration.ofMinutes(10), 2, DayKind.CALENDAR, List.of(50, 80), null, null, 2, 3, 1,
                DayKind.WORKING);
        PolicyTerms terms = new PolicyTerms("Asia/Shanghai", Set.of(LocalDate.of(2026, 4, 6)), 90, complaint);
        PolicyPublished published = new PolicyPublished(POLICY, "sub-1", 4, terms, NOW);
        ComplaintPolicy policy = ComplaintPolicy.of(AXON_LIKE.readValue(AXON_LIKE.writeValueAsString(published),
                PolicyPublished.class));

        // Friday + 2 working days, Monday 6 April a holiday: Wednesday; + 3 more from then: the next Monday
        assertThat(policy.investigationDueAt(NOW)).isEqualTo(Instant.parse("2026-04-08T01:00:00Z"));
        assertThat(policy.solutionDueAt(Instant.parse("2026-04-08T01:00:00Z")))
                .isEqualTo(Instant.parse("2026-04-13T01:00:00Z"));
        // the reply in 1 working day: the Tuesday after the holiday
        assertThat(policy.deadlinesFor(NOW, Urgency.NORMAL, Channel.SUGGESTION_BOX).replyDueAt())
                .isEqualTo(Instant.parse("2026-04-07T01:00:00Z"));
        assertThat(policy.deadlinesFor(NOW, Urgency.NORMAL, Channel.EMAIL).replyDueAt()).isNull();
    }

    @Test
    void aVersionPublishedBeforeTheseLimitsExistedReadsWithTheDefaults() throws Exception {
        String stored = """
                {"policyId":"%s","subsidiaryId":"sub-1","version":1,"publishedAt":"2026-04-01T01:00:00Z",
                 "terms":{"timeZone":"Asia/Shanghai","holidays":[],"satisfactionTargetPercent":90,
                  "complaint":{"contactTarget":"PT30M","contactHardLimit":"PT4H","onSiteTarget":"PT10M",
                   "resolutionDays":2,"resolutionDayKind":"CALENDAR","warningPercents":[50,80]}}}"""
                .formatted(POLICY);

        ComplaintTerms complaint = AXON_LIKE.readValue(stored, PolicyPublished.class).terms().complaint();

        assertThat(complaint).isEqualTo(ComplaintTerms.defaults());
        assertThat(List.of(complaint.investigationDays(), complaint.solutionDays(), complaint.replyDays()))
                .containsExactly(1, 1, 3);
        assertThat(complaint.replyDayKind()).isEqualTo(DayKind.CALENDAR);
    }

    @Test
    void complaintEventsStoredBeforeTheNewDeadlinesReadWithoutThem() throws Exception {
        ComplaintReceived received = AXON_LIKE.readValue("""
                {"complaintId":"CMP-1","channel":"HOTLINE","receivedAt":"2026-04-01T01:00:00Z","urgency":"NORMAL",
                 "timeZone":"Asia/Shanghai","policyVersion":"v1",
                 "deadlines":{"contactDueAt":"2026-04-01T01:30:00Z","contactHardLimitAt":"2026-04-01T05:00:00Z",
                  "resolutionDueAt":"2026-04-03T01:00:00Z"}}""", ComplaintReceived.class);
        ComplaintForwarded forwarded = AXON_LIKE.readValue("""
                {"complaintId":"CMP-1","departmentId":"d","departmentHeadId":"h","forwardedAt":"2026-04-01T01:01:00Z"}""",
                ComplaintForwarded.class);
        CustomerContacted contacted = AXON_LIKE.readValue("""
                {"complaintId":"CMP-1","contactedBy":"h","contactedAt":"2026-04-01T01:10:00Z","withinTarget":true,
                 "withinHardLimit":true}""", CustomerContacted.class);
        ComplaintDismissed dismissed = AXON_LIKE.readValue("""
                {"complaintId":"CMP-1","explanation":"x","dismissedAt":"2026-04-01T01:10:00Z"}""",
                ComplaintDismissed.class);
        CallbackRecorded callback = AXON_LIKE.readValue("""
                {"complaintId":"CMP-1","satisfaction":5,"solutionAccepted":true,"calledBackAt":"2026-04-01T08:00:00Z",
                 "withinTarget":true}""", CallbackRecorded.class);

        assertThat(received.deadlines().replyDueAt()).isNull();
        assertThat(received.deadlines().resolutionDueAt()).isEqualTo(Instant.parse("2026-04-03T01:00:00Z"));
        assertThat(forwarded.investigationDueAt()).isNull();
        assertThat(forwarded.forwardedAt()).isEqualTo(Instant.parse("2026-04-01T01:01:00Z"));
        assertThat(contacted.withinReplyTarget()).isNull();
        assertThat(contacted.withinHardLimit()).isTrue();
        assertThat(dismissed.withinReplyTarget()).isNull();
        assertThat(callback.resultReportDueAt()).isNull();
        assertThat(callback.solutionAccepted()).isTrue();
    }
}
