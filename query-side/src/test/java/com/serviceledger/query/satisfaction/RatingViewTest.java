package com.serviceledger.query.satisfaction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.serviceledger.kernel.common.Channel;
import com.serviceledger.kernel.satisfaction.RatedUnit;
import com.serviceledger.kernel.satisfaction.RatingRecorded;
import com.serviceledger.kernel.satisfaction.RatingSource;
import com.serviceledger.query.support.Api;
import com.serviceledger.query.support.ComplaintEventLog;
import com.serviceledger.query.support.QuerySideTest;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.junit.jupiter.api.Test;

/** Ratings land in their local month, and a replay rebuilds the same documents. */
@QuerySideTest
class RatingViewTest {

    private final ComplaintEventLog log;
    private final Api api;
    private final EventProcessingConfiguration processing;

    RatingViewTest(ComplaintEventLog log, Api api, EventProcessingConfiguration processing) {
        this.log = log;
        this.api = api;
        this.processing = processing;
    }

    @Test
    void ratingAt2359OnTheLastDayOfAMonthBelongsToThatMonthAndSurvivesAReplay() {
        String late = "RAT-" + UUID.randomUUID();
        String low = "RAT-" + UUID.randomUUID();
        RatedUnit unit = new RatedUnit("sub-1", "dept-sales", "billing", "wang-fang");
        // 23:59 on 31 March in Shanghai is 15:59Z
        log.eventStore().publish(List.of(
                new GenericDomainEventMessage<>("SatisfactionRating", late, 0, new RatingRecorded(late,
                        RatingSource.ONLINE_RATING, unit, Channel.WECHAT, null, 5, "great",
                        Instant.parse("2026-03-31T15:59:00Z"), "Asia/Shanghai")),
                new GenericDomainEventMessage<>("SatisfactionRating", low, 0, new RatingRecorded(low,
                        RatingSource.QUESTIONNAIRE, unit, null, "CMP-1", 3, null,
                        Instant.parse("2026-03-31T16:01:00Z"), "Asia/Shanghai"))));

        await().atMost(ComplaintEventLog.PATIENCE).untilAsserted(() -> {
            assertThat(api.json("/api/ratings/" + late)).containsEntry("ratedMonth", "2026-03")
                    .containsEntry("satisfied", true).containsEntry("score", 5);
            assertThat(api.json("/api/ratings/" + low)).containsEntry("ratedMonth", "2026-04")
                    .containsEntry("satisfied", false).containsEntry("caseId", "CMP-1");
        });
        List<Map<String, Object>> before = List.of(api.json("/api/ratings/" + late), api.json("/api/ratings/" + low));

        StreamingEventProcessor processor = processing
                .eventProcessor(RatingProjection.PROCESSING_GROUP, StreamingEventProcessor.class).orElseThrow();
        processor.shutDown();
        processor.resetTokens();
        processor.start();
        await().atMost(ComplaintEventLog.PATIENCE).untilAsserted(() -> assertThat(
                List.of(api.json("/api/ratings/" + late), api.json("/api/ratings/" + low))).isEqualTo(before));
        api.get("/api/ratings/RAT-unknown").expectStatus().isNotFound();
    }
}
