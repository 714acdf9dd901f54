package com.serviceledger.kernel.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class NotificationTermsTest {

    @Test
    void aRuleNamingTheTargetReplacesTheKindsGeneralRuleForThatTargetOnly() {
        NotificationTerms terms = new NotificationTerms(List.of(
                NotificationRule.of(NotificationKind.COMPLAINT_SLA_BREACH, Set.of(RecipientRole.ESCALATION_LEVEL),
                        Set.of(NotificationChannel.INBOX)),
                new NotificationRule(NotificationKind.COMPLAINT_SLA_BREACH, "CALLBACK", Set.of(RecipientRole.HANDLER),
                        Set.of(NotificationChannel.EMAIL))));

        assertThat(terms.ruleFor(NotificationKind.COMPLAINT_SLA_BREACH, "CALLBACK")).get()
                .extracting(NotificationRule::recipients).isEqualTo(Set.of(RecipientRole.HANDLER));
        assertThat(terms.ruleFor(NotificationKind.COMPLAINT_SLA_BREACH, "CONTACT")).get()
                .extracting(NotificationRule::recipients).isEqualTo(Set.of(RecipientRole.ESCALATION_LEVEL));
        assertThat(terms.ruleFor(NotificationKind.COMPLAINT_SLA_WARNING, "CONTACT"))
                .as("a kind the table leaves out tells nobody").isEmpty();
    }

    @Test
    void theDefaultsTellEveryKindToSomebodyAndOutsidersByEmailOnly() {
        NotificationTerms defaults = NotificationTerms.defaults();
        for (NotificationKind kind : NotificationKind.values()) {
            NotificationRule rule = defaults.ruleFor(kind, null).orElseThrow();
            assertThat(rule.recipients()).as(kind.name()).isNotEmpty();
            assertThat(rule.channels()).as(kind.name()).isNotEmpty().doesNotContain(NotificationChannel.WEBHOOK);
            if (rule.recipients().stream().noneMatch(RecipientRole::staff)) {
                assertThat(rule.channels()).as(kind.name()).containsExactly(NotificationChannel.EMAIL);
            }
        }
        assertThat(NotificationTerms.orDefaults(null)).isEqualTo(defaults);
    }

    @Test
    void aRuleKeepsItsRecipientsAndChannelsInTheEnumsOrderSoItSerialisesTheSameEveryTime() {
        NotificationRule rule = NotificationRule.of(NotificationKind.COMPLAINT_SLA_BREACH,
                new java.util.LinkedHashSet<>(List.of(RecipientRole.HANDLER, RecipientRole.ESCALATION_LEVEL,
                        RecipientRole.DEPARTMENT_HEAD)),
                new java.util.LinkedHashSet<>(List.of(NotificationChannel.EMAIL, NotificationChannel.INBOX)));

        assertThat(rule.recipients()).containsExactly(RecipientRole.ESCALATION_LEVEL, RecipientRole.DEPARTMENT_HEAD,
                RecipientRole.HANDLER);
        assertThat(rule.channels()).containsExactly(NotificationChannel.INBOX, NotificationChannel.EMAIL);
    }
}
