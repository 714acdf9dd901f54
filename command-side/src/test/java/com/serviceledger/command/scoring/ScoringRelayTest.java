package com.serviceledger.command.scoring;

import static com.serviceledger.command.scoring.ScoringFixtures.*;
import static org.assertj.core.api.Assertions.assertThat;

import com.serviceledger.kernel.complaint.ComplaintVerified;
import com.serviceledger.kernel.complaint.MisconductCategory;
import com.serviceledger.kernel.scoring.ChargeJointLiability;
import com.serviceledger.kernel.scoring.CountWorstDesignation;
import com.serviceledger.kernel.scoring.LiabilityRole;
import com.serviceledger.kernel.scoring.ScoreComplaint;
import com.serviceledger.kernel.scoring.WorstServiceDesignated;
import java.math.BigDecimal;
import java.time.Instant;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.commandhandling.gateway.DefaultCommandGateway;
import org.axonframework.test.utils.RecordingCommandBus;
import org.junit.jupiter.api.Test;

/** What the relay sends for each scoring fact; the aggregates' own tests cover what the commands decide. */
class ScoringRelayTest {

    final RecordingCommandBus bus = new RecordingCommandBus();
    final ScoringRelay relay = new ScoringRelay(DefaultCommandGateway.builder().commandBus(bus).build(),
            policies(DEFAULTS));

    Object[] sent() {
        return bus.getDispatchedCommands().stream().map(CommandMessage::getPayload).toArray();
    }

    @Test
    void aComplaintCountsInTheLocalMonthItWasReceivedInNotTheMonthItWasVerified() {
        // 23:30 on 31 March in Shanghai, verified in April
        Instant received = Instant.parse("2026-03-31T15:30:00Z");
        Instant verified = Instant.parse("2026-04-03T02:00:00Z");
        relay.on(new ComplaintVerified("CMP-1", "staff-9", MisconductCategory.ATTITUDE, "Rude", verified, received,
                CHAIN));
        assertThat(sent()).containsExactly(new ScoreComplaint(CARD, "2026-03", "Asia/Shanghai", CHAIN, "CMP-1",
                MisconductCategory.ATTITUDE, null, received, verified, null, null, VERSION, DEFAULTS));
    }

    @Test
    void aComplaintInTheNextMonthStartsTheCountAgainOnTheNextMonthsScorecard() {
        Instant received = Instant.parse("2026-03-31T16:00:00Z"); // 00:00 on 1 April in Shanghai
        relay.on(new ComplaintVerified("CMP-9", "staff-9", MisconductCategory.ATTITUDE, "Rude", received, received,
                CHAIN));
        assertThat(((ScoreComplaint) sent()[0]).scorecardId()).isEqualTo("SC:staff-9:2026-04");
    }

    @Test
    void serviceFailuresNobodysFaultAndStaffUnknownToTheDirectoryAreNotScored() {
        relay.on(new ComplaintVerified("CMP-1", "staff-9", MisconductCategory.SERVICE_FAILURE, "f", T0, T0, CHAIN));
        relay.on(new ComplaintVerified("CMP-2", null, MisconductCategory.NONE, "f", T0, T0, null));
        relay.on(new ComplaintVerified("CMP-3", "temp-7", MisconductCategory.ATTITUDE, "f", T0, T0, null));
        assertThat(sent()).isEmpty();
    }

    @Test
    void theSupervisorAndGroupLeaderAreChargedOnTheirOwnScorecardsOfTheSameMonth() {
        relay.on(scored("CMP-3", 3, 15, 6, 3));
        assertThat(sent()).containsExactly(
                new ChargeJointLiability("SC:sup-2:2026-03", "sup-2", "2026-03", "Asia/Shanghai", "sub-1", "CMP-3",
                        LiabilityRole.SUPERVISOR, "staff-9", 3, 6, VERSION, T0),
                new ChargeJointLiability("SC:lead-1:2026-03", "lead-1", "2026-03", "Asia/Shanghai", "sub-1", "CMP-3",
                        LiabilityRole.GROUP_LEADER, "staff-9", 3, 3, VERSION, T0));
    }

    @Test
    void theFirstComplaintOfTheMonthChargesNobodyJointly() {
        relay.on(scored("CMP-1", 1, 5, 0, 0));
        assertThat(sent()).isEmpty();
    }

    @Test
    void aWorstDesignationIsCountedInTheStaffMembersHistory() {
        relay.on(new WorstServiceDesignated(CARD, "staff-9", "sub-1", "2026-03", 2, new BigDecimal("500"), "n", 3,
                VERSION, END_OF_MARCH));
        assertThat(sent()).containsExactly(new CountWorstDesignation("SR:staff-9", "staff-9", CARD, "2026-03", 3,
                VERSION, END_OF_MARCH));
    }

    @Test
    void aLateDesignationOfAClosedMonthCountsInTheStaffMembersHistoryAsItsMonth() {
        Instant late = END_OF_MARCH.plusSeconds(7 * 86_400);
        relay.on(new WorstServiceDesignated(CARD, "staff-9", "sub-1", "2026-03", 2, new BigDecimal("500"), "n", 3,
                VERSION, late, "2026-01", true));
        assertThat(sent()).containsExactly(new CountWorstDesignation("SR:staff-9", "staff-9", CARD, "2026-03", 3,
                VERSION, late));
    }

    @Test
    void aServiceStarIsShownOnTheStarsOwnScorecardOfThatMonth() {
        relay.on(new com.serviceledger.kernel.scoring.ServiceStarAwarded("STAR:sub-1:dept-sales", "sub-1",
                "dept-sales", "2026-03", "staff-7", 2, new BigDecimal("1000"), VERSION, END_OF_MARCH));
        assertThat(sent()).containsExactly(new com.serviceledger.kernel.scoring.RecordServiceStar(
                "SC:staff-7:2026-03", "staff-7", "2026-03", "Asia/Shanghai", "sub-1", "dept-sales", 2,
                new BigDecimal("1000"), VERSION, END_OF_MARCH));
    }
}
