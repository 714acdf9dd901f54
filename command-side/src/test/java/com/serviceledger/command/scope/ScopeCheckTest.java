package com.serviceledger.command.scope;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import com.serviceledger.command.organisation.DirectoryRules;
import com.serviceledger.command.testing.FixtureDirectory;
import com.serviceledger.command.organisation.StaffMember;
import com.serviceledger.kernel.common.MetadataKeys;
import com.serviceledger.kernel.common.OutOfScope;
import com.serviceledger.kernel.organisation.HireStaff;
import com.serviceledger.kernel.organisation.RegisterSubsidiary;
import com.serviceledger.kernel.organisation.StaffHired;
import com.serviceledger.kernel.organisation.StaffTransferred;
import com.serviceledger.kernel.organisation.TransferStaff;
import com.serviceledger.kernel.scoring.CountWorstDesignation;
import com.serviceledger.platform.security.Scope;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.Test;

/** The command side's scope check, on a real aggregate and on one that forgot to declare its unit. */
class ScopeCheckTest {

    static final Instant HIRED = Instant.parse("2026-01-05T01:00:00Z");
    static final Instant NOW = Instant.parse("2026-04-01T01:00:00Z");
    static final StaffHired IN_SALES = new StaffHired("s-1", "Wang Fang", "sub-1", "dept-sales", "weighbridge",
            null, null, HIRED);
    static final TransferStaff TO_GATE = new TransferStaff("s-1", "dept-gate", "gate", null);

    static Map<String, String> from(String... scope) {
        return Map.of(MetadataKeys.SCOPE, String.join(",", scope));
    }

    static AggregateTestFixture<StaffMember> staff() {
        var fixture = new AggregateTestFixture<>(StaffMember.class);
        fixture.registerInjectableResource(Clock.fixed(NOW, ZoneOffset.UTC));
        fixture.registerInjectableResource(new DirectoryRules(new FixtureDirectory()
                .subsidiary("sub-1", "dept-sales", "dept-gate").post("sub-1", "gate", "dept-gate")
                .post("sub-1", "weighbridge", "dept-sales")));
        fixture.registerHandlerEnhancerDefinition(new ScopeCheck());
        return fixture;
    }

    @Test
    void aCaseInTheUsersSubsidiaryOrDepartmentTakesTheCommand() {
        for (String scope : List.of("*", "sub-1", "sub-1/dept-sales", "sub-2,sub-1/dept-sales")) {
            staff().given(IN_SALES).when(TO_GATE, from(scope))
                    .expectEvents(new StaffTransferred("s-1", "dept-gate", "gate", NOW));
        }
    }

    @Test
    void aCaseOutsideTheScopeIsNotFoundAndUnchanged() {
        for (String scope : List.of("sub-2", "sub-1/dept-gate", "")) {
            staff().given(IN_SALES).when(TO_GATE, from(scope))
                    .expectException(AggregateNotFoundException.class)
                    .expectExceptionMessage("The aggregate was not found in the event store")
                    .expectNoEvents();
        }
    }

    @Test
    void aCommandTheSystemSentIsNotChecked() {
        staff().given(IN_SALES).when(TO_GATE).expectEvents(new StaffTransferred("s-1", "dept-gate", "gate", NOW));
    }

    @Test
    void aNewCaseOutsideTheScopeIsRefusedNamingTheField() {
        staff().givenNoPriorActivity()
                .when(new HireStaff("s-2", "Li Na", "sub-2", "dept-sales", null, null, null), from("sub-1"))
                .expectException(OutOfScope.class)
                .expectExceptionMessage("sub-2/dept-sales is outside your scope")
                .expectNoEvents();
        staff().givenNoPriorActivity()
                .when(new HireStaff("s-2", "Li Na", "sub-1", "dept-sales", null, null, null), from("sub-1/dept-sales"))
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void aGroupCommandTakesAGroupScopeAndASystemCommandNeverComesFromAUser() {
        var register = GenericCommandMessage.asCommandMessage(new RegisterSubsidiary("sub-9", "Nine", "UTC"));
        assertThatThrownBy(() -> ScopeCheck.check(Scope.of(List.of("sub-1")), register, null))
                .isInstanceOfSatisfying(OutOfScope.class, e -> assertThat(e.field()).isEqualTo("subsidiaryId"));
        ScopeCheck.check(Scope.GROUP, register, null);

        var relayed = GenericCommandMessage.asCommandMessage(
                new CountWorstDesignation("SR:s-1", "s-1", "SC:s-1:2026-03", "2026-03", 3, "v1", NOW));
        assertThatThrownBy(() -> ScopeCheck.check(Scope.GROUP, relayed, null))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aHandlerWithoutAUnitFailsClosedEvenForTheGroup() {
        var fixture = new AggregateTestFixture<>(Unplaced.class);
        fixture.registerHandlerEnhancerDefinition(new ScopeCheck());
        fixture.givenNoPriorActivity().when(new Place("u-1"), from("*"))
                .expectException(IllegalStateException.class)
                .expectNoEvents();
        fixture.givenNoPriorActivity().when(new Place("u-1")).expectEvents(new Placed("u-1"));
    }

    record Place(@TargetAggregateIdentifier String id) {
    }

    record Placed(String id) {
    }

    /** An aggregate added without saying where in the group it belongs. */
    static class Unplaced {

        @AggregateIdentifier
        private String id;

        Unplaced() {
        }

        @CommandHandler
        Unplaced(Place command) {
            apply(new Placed(command.id()));
        }

        @EventSourcingHandler
        void on(Placed event) {
            id = event.id();
        }
    }
}
