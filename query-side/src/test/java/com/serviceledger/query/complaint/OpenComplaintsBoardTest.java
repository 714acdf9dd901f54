package com.serviceledger.query.complaint;

import static com.serviceledger.query.support.ComplaintEvents.*;
import static org.assertj.core.api.Assertions.assertThat;

import com.serviceledger.kernel.complaint.CallbackRecorded;
import com.serviceledger.kernel.complaint.ComplaintForwarded;
import com.serviceledger.kernel.complaint.ComplaintResultReported;
import com.serviceledger.kernel.complaint.InvestigationResultReturned;
import com.serviceledger.kernel.complaint.SolutionReturned;
import com.serviceledger.platform.security.ConfiguredUsers;
import com.serviceledger.query.support.ComplaintEventLog;
import com.serviceledger.query.support.ComplaintStory;
import com.serviceledger.query.support.QuerySideTest;
import com.serviceledger.query.view.OpenCase;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.ReactiveSecurityContextHolder;

/** The SLA board's search: a complaint past its callback stays while its department still owes a step. */
@QuerySideTest
class OpenComplaintsBoardTest {

    private static final Instant RECEIVED = Instant.parse("2026-03-10T01:00:00Z");

    private final ComplaintEventLog log;
    private final OpenComplaints board;
    private final ConfiguredUsers users;

    OpenComplaintsBoardTest(ComplaintEventLog log, OpenComplaints board, ConfiguredUsers users) {
        this.log = log;
        this.board = board;
        this.users = users;
    }

    @Test
    void a_called_back_complaint_stays_on_the_board_until_its_head_reports_the_result() {
        String subsidiary = newSubsidiary();
        Instant calledBackAt = RECEIVED.plus(Duration.ofHours(6));
        Instant reportDue = Instant.parse("2026-03-10T16:00:00Z");
        String owing = newComplaintId();
        String reported = newComplaintId();
        String before = newComplaintId();
        log.appendAndAwait(
                calledBack(owing, subsidiary, calledBackAt, reportDue),
                calledBack(reported, subsidiary, calledBackAt, reportDue)
                        .then(new ComplaintResultReported(reported, "Refunded", calledBackAt.plusSeconds(60), true)),
                // called back before the report was owed: nothing more to do
                ComplaintStory.of(before, received(before, subsidiary, RECEIVED).event(),
                        forwarded(before, "DEP-GATE", RECEIVED.plusSeconds(60)),
                        contacted(before, RECEIVED.plusSeconds(600), true, true),
                        handlerNamed(before, RECEIVED.plusSeconds(700)),
                        resolved(before, RECEIVED.plus(Duration.ofHours(5)), true, reportDue),
                        callback(before, calledBackAt, true, true)));
        log.refresh();

        List<OpenCase> open = board.find(subsidiary, null, null, 50)
                .contextWrite(ReactiveSecurityContextHolder.withAuthentication(tester())).block();

        assertThat(open).extracting(OpenCase::caseId, OpenCase::nextTarget, OpenCase::dueAt)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(owing, "resultReport", reportDue));
    }

    private static ComplaintStory calledBack(String id, String subsidiary, Instant calledBackAt, Instant reportDue) {
        Instant forwardedAt = RECEIVED.plusSeconds(60);
        return ComplaintStory.of(id, received(id, subsidiary, RECEIVED).event(),
                new ComplaintForwarded(id, "DEP-GATE", "HEAD-DEP-GATE", forwardedAt,
                        forwardedAt.plus(Duration.ofDays(1))),
                contacted(id, RECEIVED.plusSeconds(600), true, true),
                new InvestigationResultReturned(id, "Found", RECEIVED.plusSeconds(900), true,
                        RECEIVED.plus(Duration.ofDays(1))),
                new SolutionReturned(id, "Refund", RECEIVED.plusSeconds(1200), true),
                handlerNamed(id, RECEIVED.plusSeconds(1300)),
                resolved(id, RECEIVED.plus(Duration.ofHours(5)), true, reportDue),
                new CallbackRecorded(id, 5, true, null, calledBackAt, true, reportDue));
    }

    /** The test user holding every role in the whole group (src/test/resources/config/application.properties). */
    private UsernamePasswordAuthenticationToken tester() {
        var user = users.findByUsername("tester").block();
        return UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities());
    }
}
