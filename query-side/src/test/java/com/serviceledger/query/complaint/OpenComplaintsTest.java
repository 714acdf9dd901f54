package com.serviceledger.query.complaint;

import static com.serviceledger.query.support.ComplaintEvents.SHANGHAI;
import static com.serviceledger.query.support.ComplaintEvents.breached;
import static com.serviceledger.query.support.ComplaintEvents.contacted;
import static com.serviceledger.query.support.ComplaintEvents.received;
import static com.serviceledger.query.support.ComplaintEvents.resolved;
import static com.serviceledger.query.support.ComplaintEvents.warning;
import static org.assertj.core.api.Assertions.assertThat;

import com.serviceledger.kernel.complaint.SlaTarget;
import com.serviceledger.query.view.OpenCase;
import com.serviceledger.query.view.OpenCase.Standing;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The SLA board's reading of one complaint: its next promise is the earliest one due and not yet kept. */
class OpenComplaintsTest {

    private static final Instant AT = Instant.parse("2026-03-02T01:00:00Z");
    private static final String ID = "CMP-board-1";

    @Test
    void aNewComplaintIsDueForContactFirstInItsSubsidiarysZone() {
        ComplaintView view = view();
        OpenCase open = OpenComplaints.open(view);
        assertThat(open.nextTarget()).isEqualTo("contact");
        assertThat(open.dueAt()).isEqualTo(AT.plus(Duration.ofMinutes(30)));
        assertThat(open.standing()).isEqualTo(Standing.ON_TRACK);
        assertThat(open.timeZone()).isEqualTo(SHANGHAI);
        assertThat(open.status()).isEqualTo("RECEIVED");
        assertThat(open.kind()).isEqualTo("complaint");
    }

    @Test
    void aWarningThenABreachOfTheNextPromiseShowAsSuch() {
        ComplaintView view = view();
        Instant due = AT.plus(Duration.ofMinutes(30));
        view.on(warning(ID, SlaTarget.CONTACT, 80, due, AT.plus(Duration.ofMinutes(24))));
        assertThat(OpenComplaints.open(view).standing()).isEqualTo(Standing.WARNING);
        view.on(breached(ID, SlaTarget.CONTACT, due));
        assertThat(OpenComplaints.open(view)).extracting(OpenCase::nextTarget, OpenCase::standing)
                .containsExactly("contact", Standing.BREACHED);
    }

    @Test
    void aKeptPromiseGivesWayToTheNextOneDue() {
        ComplaintView view = view();
        view.on(breached(ID, SlaTarget.CONTACT, AT.plus(Duration.ofMinutes(30))));
        view.on(contacted(ID, AT.plus(Duration.ofMinutes(40)), false, true));
        OpenCase open = OpenComplaints.open(view);
        assertThat(open.nextTarget()).as("contact and its hard limit kept").isEqualTo("resolution");
        assertThat(open.standing()).as("the breach was of a kept promise").isEqualTo(Standing.ON_TRACK);

        Instant callbackDue = AT.plus(Duration.ofHours(30));
        view.on(resolved(ID, AT.plus(Duration.ofHours(20)), true, callbackDue));
        assertThat(OpenComplaints.open(view)).extracting(OpenCase::nextTarget, OpenCase::dueAt)
                .containsExactly("callback", callbackDue);
    }

    private static ComplaintView view() {
        ComplaintView view = ComplaintView.empty(ID);
        view.on(received(ID, "sub-board", AT).event());
        return view;
    }
}
