package com.serviceledger.command.scoring;

import static com.serviceledger.command.scoring.ScoringFixtures.*;
import static org.assertj.core.api.Assertions.assertThat;

import com.serviceledger.command.testing.FixtureClock;
import com.serviceledger.kernel.complaint.ComplaintVerified;
import com.serviceledger.kernel.complaint.MisconductCategory;
import com.serviceledger.kernel.complaint.MisconductGrade;
import com.serviceledger.kernel.policy.ComplaintPolicy;
import com.serviceledger.kernel.policy.PolicyProvider;
import com.serviceledger.kernel.policy.ScoringPolicy;
import com.serviceledger.kernel.policy.ScoringRuleSet;
import com.serviceledger.kernel.policy.ScoringTerms;
import com.serviceledger.kernel.scoring.ComplaintScored;
import com.serviceledger.kernel.scoring.Sanction;
import com.serviceledger.kernel.scoring.ScoreComplaint;
import com.serviceledger.platform.axon.SerializerConfiguration;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.commandhandling.gateway.DefaultCommandGateway;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.utils.RecordingCommandBus;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * 002 第4篇 §9 read in full: a listed behaviour picks its tier, the verifier's points within the tier's range are the
 * deduction; and the scoring rules in force when a complaint was received apply to it (issue 19).
 */
class TieredScoringTest {

    static AggregateTestFixture<Scorecard> fixture(ScoringTerms terms) {
        var fixture = new AggregateTestFixture<>(Scorecard.class);
        fixture.registerInjectableResource(policies(terms));
        fixture.registerInjectableResource((Warnings) (staffId, month, months) -> Optional.empty());
        fixture.registerInjectableResource(new FixtureClock(fixture));
        return fixture;
    }

    static ScoreComplaint chosen(String complaintId, MisconductCategory misconduct, MisconductGrade grade,
                                 String behaviour, int points) {
        return new ScoreComplaint(CARD, "2026-03", "Asia/Shanghai", CHAIN, complaintId, misconduct, grade, T0, T0,
                behaviour, points, VERSION, TIERED);
    }

    static ComplaintScored listedScored(String complaintId, MisconductCategory misconduct, MisconductGrade grade,
                                        int n, int points, String cause, Sanction sanction, boolean dismissal,
                                        String behaviour) {
        return new ComplaintScored(CARD, "staff-9", "2026-03", complaintId, misconduct, grade, n, points, cause,
                sanction, dismissal, null, 0, null, 0, ScoringRuleSet.TIERED_4, VERSION, "Asia/Shanghai", "sub-1",
                T0, behaviour);
    }

    @Nested
    class ListedBehaviours {

        final AggregateTestFixture<Scorecard> fixture = fixture(TIERED);

        @Test
        void aTierOneBehaviourCostsThePointsTheVerifierChoseAndAMajorDemerit() {
            fixture.givenNoPriorActivity().andGivenCurrentTime(T0)
                    .when(chosen("CMP-1", MisconductCategory.ATTITUDE, MisconductGrade.TIER_1, "DISRESPECT", 12))
                    .expectEvents(opened(TIERED), listedScored("CMP-1", MisconductCategory.ATTITUDE,
                            MisconductGrade.TIER_1, 1, 12, "tier 1 misconduct: disrespect: mocking or gossiping about "
                                    + "customers (DISRESPECT), 12 of 5–15", Sanction.MAJOR_DEMERIT, false,
                            "DISRESPECT"));
        }

        @Test
        void aTierTwoBehaviourCostsItsPointsAndAWarningWithoutEscalationByCount() {
            fixture.given(opened(TIERED), listedScored("CMP-1", MisconductCategory.ATTITUDE, MisconductGrade.TIER_1,
                            1, 12, "…", Sanction.MAJOR_DEMERIT, false, "DISRESPECT"))
                    .andGivenCurrentTime(T0)
                    .when(chosen("CMP-2", MisconductCategory.QUARREL, MisconductGrade.TIER_2, "ABUSE_OR_VIOLENCE", 22))
                    .expectEvents(listedScored("CMP-2", MisconductCategory.QUARREL, MisconductGrade.TIER_2, 2, 22,
                            "tier 2 misconduct: abusing or hitting a customer (ABUSE_OR_VIOLENCE), 22 of 15–30",
                            Sanction.WARNING, false, "ABUSE_OR_VIOLENCE"));
        }

        @Test
        void aTierTwoBehaviourJudgedSevereAlsoRecommendsDismissal() {
            fixture.givenNoPriorActivity().andGivenCurrentTime(T0)
                    .when(chosen("CMP-1", MisconductCategory.QUARREL, MisconductGrade.TIER_2_SEVERE, "RETALIATION", 30))
                    .expectEvents(opened(TIERED), listedScored("CMP-1", MisconductCategory.QUARREL,
                            MisconductGrade.TIER_2_SEVERE, 1, 30, "severe tier 2 misconduct: retaliating against a "
                                    + "complaining customer (RETALIATION), 30 of 15–30", Sanction.WARNING, true,
                            "RETALIATION"));
        }

        @Test
        void oldGradeOnlyVerificationsStillCostTheGradesFixedPoints() {
            fixture.givenNoPriorActivity().andGivenCurrentTime(T0)
                    .when(score("CMP-1", MisconductCategory.QUARREL, MisconductGrade.TIER_2))
                    .expectEvents(opened(TIERED), tieredScored("CMP-1", MisconductCategory.QUARREL,
                            MisconductGrade.TIER_2, 1, 15, "tier 2 misconduct (quarrel)", Sanction.WARNING, false));
        }

        @Test
        void eventsAndTermsStoredBeforeTheCatalogueReadWithTheRegulationsRangesAndList() throws Exception {
            var json = SerializerConfiguration.axonObjectMapper();
            String termsWithoutCatalogue = """
                    {"ruleSet":"TIERED_4","attitudePoints":5,"quarrelPoints":10,"escalationStep":5,
                     "supervisorFromCount":2,"supervisorStep":3,"groupLeaderFromCount":3,"groupLeaderStep":3,
                     "worstServiceThreshold":2,"worstServiceFine":500,"dismissalAtDesignation":3,"starBonus":500,
                     "tier1Points":5,"tier2Points":15,"tier2SeverePoints":30}""";
            ScoringTerms terms = json.readValue(termsWithoutCatalogue, ScoringTerms.class);
            // stored before the catalogue and the warning step: the tiers' defaults, the designation at the threshold
            assertThat(terms).isEqualTo(new ScoringTerms(TIERED.ruleSet(), 5, 10, 5, 2, 3, 3, 3, 2,
                    new BigDecimal("500"), 3, new BigDecimal("500"), 5, 15, 30));
            assertThat(terms.tier1Range().toString()).isEqualTo("5–15");
            assertThat(terms.tier2Range().toString()).isEqualTo("15–30");
            assertThat(terms.behaviours()).hasSize(13);
            assertThat(terms.behaviour("FALSE_PROMISE").orElseThrow().tier()).isEqualTo(MisconductGrade.TIER_2);

            ComplaintVerified verified = json.readValue("""
                    {"complaintId":"CMP-1","responsibleStaffId":"staff-9","misconduct":"QUARREL","findings":"f",
                     "verifiedAt":"2026-03-10T02:00:00Z","complaintReceivedAt":"2026-03-10T02:00:00Z",
                     "grade":"TIER_2"}""", ComplaintVerified.class);
            assertThat(verified.behaviour()).isNull();
            assertThat(verified.points()).isNull();
            // the relay makes of it what it made before the catalogue: priced by grade
            var bus = new RecordingCommandBus();
            new ScoringRelay(DefaultCommandGateway.builder().commandBus(bus).build(), policies(TIERED))
                    .on(new ComplaintVerified("CMP-1", "staff-9", MisconductCategory.QUARREL, "f", T0, T0, CHAIN,
                            verified.grade()));
            ScoreComplaint score = (ScoreComplaint) bus.getDispatchedCommands().getFirst().getPayload();
            assertThat(Deduction.of(score.terms(), score.misconduct(), score.grade(), score.behaviour(),
                    score.points(), 1).points()).isEqualTo(15);
        }
    }

    @Nested
    class RulesInForceAtReceipt {

        /** 09:00 in Shanghai on 15 March: version 5 (tiered) replaces version 4 (the default rules). */
        final Instant change = Instant.parse("2026-03-15T01:00:00Z");
        final ScoringPolicy before = new ScoringPolicy("sub-1/v4", SHANGHAI, DEFAULTS);
        final ScoringPolicy after = new ScoringPolicy("sub-1/v5", SHANGHAI, TIERED);
        final PolicyProvider history = new PolicyProvider() {
            @Override
            public ComplaintPolicy complaintPolicy(String subsidiaryId) {
                return ComplaintPolicy.defaults("sub-1/v5", SHANGHAI);
            }

            @Override
            public ScoringPolicy scoringPolicy(String subsidiaryId) {
                return after;
            }

            @Override
            public ScoringPolicy scoringPolicyAt(String subsidiaryId, Instant at) {
                return at.isBefore(change) ? before : after;
            }
        };

        @Test
        void aComplaintReceivedBeforeAPolicyChangeIsScoredUnderTheOldRulesThoughVerifiedAfterIt() {
            var bus = new RecordingCommandBus();
            var relay = new ScoringRelay(DefaultCommandGateway.builder().commandBus(bus).build(), history);
            Instant verified = change.plus(Duration.ofDays(2));
            relay.on(new ComplaintVerified("CMP-1", "staff-9", MisconductCategory.ATTITUDE, "f", verified, T0, CHAIN));
            relay.on(new ComplaintVerified("CMP-2", "staff-9", MisconductCategory.ATTITUDE, "f", verified,
                    change.plusSeconds(60), CHAIN, MisconductGrade.TIER_1, "COLD_ATTITUDE", 9));
            var sent = bus.getDispatchedCommands().stream().map(CommandMessage::getPayload)
                    .map(ScoreComplaint.class::cast).toList();
            assertThat(sent).extracting(ScoreComplaint::policyVersion).containsExactly("sub-1/v4", "sub-1/v5");
            assertThat(sent).extracting(ScoreComplaint::terms).containsExactly(DEFAULTS, TIERED);

            // the month opened under the new version (its first fact came after the change): the old complaint keeps
            // the old rules, the new one the new
            fixture(TIERED).given(new com.serviceledger.kernel.scoring.ScorecardOpened(CARD, "staff-9", "2026-03",
                            "Asia/Shanghai", "sub-1", "dept-sales", "sub-1/v5", TIERED))
                    .andGivenCurrentTime(T0)
                    .when(sent.getFirst())
                    .expectEvents(new ComplaintScored(CARD, "staff-9", "2026-03", "CMP-1",
                            MisconductCategory.ATTITUDE, null, 1, 5,
                            "verified complaint about attitude or working state, 1st of the month: max(5, 1 × 5)",
                            null, false, null, 0, null, 0, ScoringRuleSet.ESCALATING_5, "sub-1/v4", "Asia/Shanghai",
                            "sub-1", T0, null));
        }

        @Test
        void aComplaintReceivedAfterThePolicyChangeIsScoredUnderTheNewRules() {
            fixture(DEFAULTS).given(opened(DEFAULTS)).andGivenCurrentTime(T0)
                    .when(new ScoreComplaint(CARD, "2026-03", "Asia/Shanghai", CHAIN, "CMP-2",
                            MisconductCategory.ATTITUDE, MisconductGrade.TIER_1, change, change, "COLD_ATTITUDE", 9,
                            "sub-1/v5", TIERED))
                    .expectEvents(new ComplaintScored(CARD, "staff-9", "2026-03", "CMP-2",
                            MisconductCategory.ATTITUDE, MisconductGrade.TIER_1, 1, 9,
                            "tier 1 misconduct: cold attitude towards customers, slow service (COLD_ATTITUDE), 9 of "
                                    + "5–15", Sanction.MAJOR_DEMERIT, false, null, 0, null, 0, ScoringRuleSet.TIERED_4,
                            "sub-1/v5", "Asia/Shanghai", "sub-1", T0, "COLD_ATTITUDE"));
        }
    }
}
