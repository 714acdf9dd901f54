package com.serviceledger.command.policy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.serviceledger.kernel.common.RuleViolation;
import com.serviceledger.kernel.policy.ComplaintTerms;
import com.serviceledger.kernel.policy.PolicyPublished;
import com.serviceledger.kernel.policy.PolicyTerms;
import com.serviceledger.kernel.policy.PublishPolicy;
import com.serviceledger.kernel.policy.ServiceRequestPolicy;
import com.serviceledger.kernel.policy.ServiceRequestTerms;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.Test;

/** The service request terms of a published policy version (001 §2.2.1). */
class ServiceRequestTermsTest {

    static final Instant NOW = Instant.parse("2026-04-01T01:00:00Z");
    static final String POLICY = PublishPolicy.policyIdOf("sub-1");

    @Test
    void aPublishedVersionFixesTheResponseTargetAndNamesItself() {
        PolicyTerms terms = new PolicyTerms("Asia/Shanghai", Set.of(), 90, ComplaintTerms.defaults(),
                new ServiceRequestTerms(Duration.ofMinutes(15), List.of(60)));
        ServiceRequestPolicy policy = ServiceRequestPolicy.of(new PolicyPublished(POLICY, "sub-1", 3, terms, NOW));

        assertThat(policy.version()).isEqualTo("sub-1/v3");
        assertThat(policy.responseDueAt(NOW)).isEqualTo(NOW.plus(Duration.ofMinutes(15)));
        assertThat(policy.warningPercents()).containsExactly(60);
    }

    @Test
    void aPublicationWithANonPositiveResponseTargetIsRejected() {
        var fixture = new AggregateTestFixture<>(SubsidiaryPolicy.class);
        fixture.registerInjectableResource(Clock.fixed(NOW, ZoneOffset.UTC));
        PolicyTerms broken = new PolicyTerms("Asia/Shanghai", Set.of(), 90, ComplaintTerms.defaults(),
                new ServiceRequestTerms(Duration.ZERO, List.of(50)));
        fixture.givenNoPriorActivity()
                .when(new PublishPolicy(POLICY, "sub-1", broken))
                .expectException(RuleViolation.class)
                .expectNoEvents();
    }

    @Test
    void aVersionPublishedBeforeServiceRequestTermsExistedReadsWithTheDefaults() throws Exception {
        // as stored by the event serializer before PolicyTerms had service request terms
        String stored = """
                {"policyId":"%s","subsidiaryId":"sub-1","version":1,"publishedAt":"2026-04-01T01:00:00Z",
                 "terms":{"timeZone":"Asia/Shanghai","holidays":[],"satisfactionTargetPercent":90,
                  "complaint":{"contactTarget":"PT30M","contactHardLimit":"PT4H","onSiteTarget":"PT10M",
                   "resolutionDays":2,"resolutionDayKind":"CALENDAR","warningPercents":[50,80]}}}"""
                .formatted(POLICY);
        ObjectMapper axonLike = new ObjectMapper().registerModule(new JavaTimeModule())
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

        PolicyPublished published = axonLike.readValue(stored, PolicyPublished.class);

        assertThat(published.terms().serviceRequest()).isEqualTo(ServiceRequestTerms.defaults());
        assertThat(axonLike.readValue(axonLike.writeValueAsString(published), PolicyPublished.class))
                .isEqualTo(published);
    }
}
