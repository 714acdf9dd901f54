package com.serviceledger.command.scoring;


import com.serviceledger.command.testing.FixtureClock;
import com.serviceledger.kernel.common.AlreadyExists;
import com.serviceledger.kernel.common.OutOfOrder;
import com.serviceledger.kernel.common.RuleViolation;
import com.serviceledger.kernel.organisation.Directory;
import com.serviceledger.kernel.organisation.Employment;
import com.serviceledger.kernel.organisation.StaffChain;
import com.serviceledger.kernel.organisation.StaffContact;
import com.serviceledger.kernel.organisation.SubsidiaryUnits;
import com.serviceledger.kernel.organisation.UnitContact;
import com.serviceledger.kernel.organisation.UnitContactKind;
import com.serviceledger.kernel.organisation.UnitPosition;
import com.serviceledger.kernel.scoring.NominateServiceStar;
import com.serviceledger.kernel.scoring.ServiceStarAwarded;
import com.serviceledger.kernel.scoring.StarBoardId;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import static com.serviceledger.command.scoring.ScoringFixtures.*;

/** "各單位評出服務明星一名…連續被評為服務明星的按連續次數乘500獎勵,中斷後重新累計" (002 第5篇 3). */
class StarBoardTest {

    static final String BOARD = StarBoardId.of("sub-1", "dept-sales");
    /** Well after June: every month up to May is over. */
    static final Instant JUNE = Instant.parse("2026-06-15T00:00:00Z");

    AggregateTestFixture<StarBoard> fixture;
    /** Verified complaints per staff month, as the scorecards would hold them. */
    final Map<String, Integer> complaints = new java.util.HashMap<>();

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(StarBoard.class);
        fixture.registerInjectableResource(policies(DEFAULTS));
        fixture.registerInjectableResource(new FixtureClock(fixture));
        // everyone works in sub-1's sales, the others in another department
        fixture.registerInjectableResource(new Directory() {
            @Override
            public Optional<StaffChain> chainOf(String staffId, Instant at) {
                return Optional.of(new StaffChain(staffId, "sub-1",
                        staffId.startsWith("other") ? "dept-other" : "dept-sales", "p", null, null));
            }

            @Override
            public Optional<Employment> employmentOf(String staffId) {
                throw new AssertionError("a star board asks for the chain at the month's end only");
            }

            @Override
            public Optional<SubsidiaryUnits> unitsOf(String subsidiaryId) {
                throw new AssertionError("a star board asks for the chain at the month's end only");
            }

            @Override
            public List<String> holdersAt(String subsidiaryId, UnitPosition position, String departmentId,
                                          Instant at) {
                throw new AssertionError("a star board asks for the chain at the month's end only");
            }

            @Override
            public Optional<StaffContact> contactOf(String staffId, Instant at) {
                throw new AssertionError("a star board asks for the chain at the month's end only");
            }

            @Override
            public Optional<UnitContact> unitContactAt(String subsidiaryId, String siteId, String contractorId,
                                                       UnitContactKind kind, Instant at) {
                throw new AssertionError("a star board asks for the chain at the month's end only");
            }
        });
        ScoredComplaints scored = (staffId, month) -> complaints.getOrDefault(staffId + ":" + month, 0);
        fixture.registerInjectableResource(scored);
    }

    static NominateServiceStar nominate(String month, String staffId) {
        return new NominateServiceStar(BOARD, "sub-1", "dept-sales", month, staffId);
    }

    static ServiceStarAwarded awarded(String month, String staffId, int months, Instant at) {
        return new ServiceStarAwarded(BOARD, "sub-1", "dept-sales", month, staffId, months,
                new BigDecimal("500").multiply(BigDecimal.valueOf(months)), VERSION, at);
    }

    @Test
    void theMonthsServiceStarEarnsFiveHundred() {
        fixture.givenNoPriorActivity().andGivenCurrentTime(JUNE)
                .when(nominate("2026-03", "staff-7"))
                .expectEvents(awarded("2026-03", "staff-7", 1, JUNE));
    }

    @Test
    void consecutiveStarsEarnFiveHundredTimesTheConsecutiveMonths() {
        fixture.given(awarded("2026-03", "staff-7", 1, JUNE), awarded("2026-04", "staff-7", 2, JUNE))
                .andGivenCurrentTime(JUNE)
                .when(nominate("2026-05", "staff-7"))
                .expectEvents(awarded("2026-05", "staff-7", 3, JUNE));
    }

    @Test
    void aMonthWithoutTheStarRestartsTheCount() {
        fixture.given(awarded("2026-02", "staff-7", 1, JUNE), awarded("2026-03", "staff-7", 2, JUNE))
                .andGivenCurrentTime(JUNE)
                .when(nominate("2026-05", "staff-7"))
                .expectEvents(awarded("2026-05", "staff-7", 1, JUNE));
    }

    @Test
    void anotherStarInBetweenRestartsTheCount() {
        fixture.given(awarded("2026-03", "staff-7", 1, JUNE), awarded("2026-04", "staff-8", 1, JUNE))
                .andGivenCurrentTime(JUNE)
                .when(nominate("2026-05", "staff-7"))
                .expectEvents(awarded("2026-05", "staff-7", 1, JUNE));
    }

    @Test
    void oneStarPerUnitAMonth() {
        fixture.given(awarded("2026-03", "staff-7", 1, JUNE)).andGivenCurrentTime(JUNE)
                .when(nominate("2026-03", "staff-8"))
                .expectException(AlreadyExists.class);
    }

    @Test
    void aStarHadNoVerifiedComplaintThatMonth() {
        complaints.put("staff-7:" + YearMonth.of(2026, 3), 1);
        fixture.givenNoPriorActivity().andGivenCurrentTime(JUNE)
                .when(nominate("2026-03", "staff-7"))
                .expectException(RuleViolation.class)
                .expectNoEvents();
    }

    @Test
    void aStarWorksInTheUnit() {
        fixture.givenNoPriorActivity().andGivenCurrentTime(JUNE)
                .when(nominate("2026-03", "other-1"))
                .expectException(RuleViolation.class);
    }

    @Test
    void theStarIsNamedOnceTheMonthIsOver() {
        fixture.givenNoPriorActivity().andGivenCurrentTime(END_OF_MARCH.minusSeconds(1))
                .when(nominate("2026-03", "staff-7"))
                .expectException(OutOfOrder.class);
    }

    @Test
    void monthsAreNamedInOrder() {
        fixture.given(awarded("2026-04", "staff-7", 1, JUNE)).andGivenCurrentTime(JUNE)
                .when(nominate("2026-03", "staff-7"))
                .expectException(OutOfOrder.class);
    }
}
