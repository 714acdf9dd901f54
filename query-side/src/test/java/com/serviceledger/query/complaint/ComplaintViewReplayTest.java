package com.serviceledger.query.complaint;

import static com.serviceledger.query.support.ComplaintEvents.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.core.GetResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;
import com.serviceledger.kernel.common.Channel;
import com.serviceledger.kernel.complaint.SlaTarget;
import com.serviceledger.query.elasticsearch.ComplaintIndex;
import com.serviceledger.query.support.ComplaintEventLog;
import com.serviceledger.query.support.ComplaintStory;
import com.serviceledger.query.support.QuerySideTest;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Delivery is at least once and views are rebuilt by replay: neither may change what the view says. */
@QuerySideTest
class ComplaintViewReplayTest {

    private static final Logger logger = LoggerFactory.getLogger(ComplaintViewReplayTest.class);
    private static final Instant MARCH = Instant.parse("2026-03-02T02:00:00Z");

    private final ComplaintEventLog log;
    private final ElasticsearchClient elasticsearch;
    private final ComplaintIndex index;
    private final TokenStore tokenStore;
    private final TransactionManager transactionManager;

    ComplaintViewReplayTest(ComplaintEventLog log, ElasticsearchClient elasticsearch, ComplaintIndex index,
                            TokenStore tokenStore, TransactionManager transactionManager) {
        this.log = log;
        this.elasticsearch = elasticsearch;
        this.index = index;
        this.tokenStore = tokenStore;
        this.transactionManager = transactionManager;
    }

    @Test
    void events_delivered_again_leave_the_complaint_view_untouched() throws IOException {
        TrackingToken beforeTheComplaint = log.eventStore().createHeadToken();
        String id = newComplaintId();
        log.appendAndAwait(ComplaintViewTest.handledInTime(id, newSubsidiary()));
        GetResponse<Map> first = elasticsearch.get(g -> g.index(index.alias()).id(id), Map.class);

        StreamingEventProcessor processor = log.complaintViewProcessor();
        processor.shutDown();
        int[] segments = transactionManager.fetchInTransaction(
                () -> tokenStore.fetchSegments(ComplaintProjection.PROCESSING_GROUP));
        for (int segment : segments) {
            transactionManager.executeInTransaction(() -> tokenStore.storeToken(beforeTheComplaint,
                    ComplaintProjection.PROCESSING_GROUP, segment));
        }
        processor.start();
        awaitCaughtUp(processor, segments.length);

        GetResponse<Map> again = elasticsearch.get(g -> g.index(index.alias()).id(id), Map.class);
        assertThat(again.source()).isEqualTo(first.source());
        // not even rewritten: a skipped event costs no write
        assertThat(again.seqNo()).isEqualTo(first.seqNo());
        assertThat(again.version()).isEqualTo(8L);
    }

    @Test
    void replaying_the_processor_from_the_first_event_rebuilds_an_identical_index() throws IOException {
        String subsidiary = newSubsidiary();
        List<ComplaintStory> stories = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            stories.add(variedStory(i, subsidiary));
        }
        for (int from = 0; from < stories.size(); from += 50) {
            log.append(stories.subList(from, from + 50));
        }
        log.awaitProjected(stories.toArray(ComplaintStory[]::new));
        List<Map<String, Object>> before = allDocuments();
        assertThat(before).hasSizeGreaterThanOrEqualTo(300);

        StreamingEventProcessor processor = log.complaintViewProcessor();
        long events = log.eventStore().createHeadToken().position().orElseThrow() + 1;
        long started = System.nanoTime();
        processor.shutDown();
        processor.resetTokens();
        processor.start();
        await().atMost(ComplaintEventLog.PATIENCE).pollInterval(Duration.ofMillis(250))
                .untilAsserted(() -> assertThat(allDocuments()).isEqualTo(before));
        double seconds = (System.nanoTime() - started) / 1e9;
        logger.info("Replayed {} events into {} complaint views in {} s ({} events/s, including refresh polling)",
                events, before.size(), String.format("%.2f", seconds), Math.round(events / seconds));
    }

    /** Every third complaint breached and reopened, every fifth dismissed, the rest handled in time. */
    private static ComplaintStory variedStory(int i, String subsidiary) {
        String id = newComplaintId();
        Instant at = MARCH.plus(Duration.ofHours(i));
        ComplaintStory story = ComplaintStory.of(id, received(id, subsidiary, at)
                .department("DEP-" + (i % 4)).channel(Channel.values()[i % Channel.values().length]).event());
        if (i % 5 == 0) {
            return story.then(dismissed(id, at.plusSeconds(600)));
        }
        story.then(forwarded(id, "DEP-" + (i % 3), at.plusSeconds(60)));
        if (i % 3 == 0) {
            Instant due = at.plus(Duration.ofMinutes(30));
            story.then(warning(id, SlaTarget.CONTACT, 80, due, at.plus(Duration.ofMinutes(24))),
                    breached(id, SlaTarget.CONTACT, due),
                    contacted(id, at.plus(Duration.ofHours(1)), false, true),
                    handlerNamed(id, at.plus(Duration.ofHours(2))),
                    resolved(id, at.plus(Duration.ofHours(3)), true, at.plus(Duration.ofHours(12))),
                    solutionRejected(id, at.plus(Duration.ofHours(4))));
        } else {
            story.then(contacted(id, at.plus(Duration.ofMinutes(10)), true, true),
                    handlerNamed(id, at.plus(Duration.ofMinutes(11))),
                    resolved(id, at.plus(Duration.ofHours(3)), true, at.plus(Duration.ofHours(12))),
                    callback(id, at.plus(Duration.ofHours(5)), true, true));
        }
        return story;
    }

    @SuppressWarnings("unchecked")
    private List<Map<String, Object>> allDocuments() throws IOException {
        index.refresh();
        return elasticsearch.search(s -> s.index(index.alias()).size(10_000)
                                .sort(o -> o.field(f -> f.field("complaintId"))), Map.class)
                .hits().hits().stream().map(Hit::source).map(m -> (Map<String, Object>) m).toList();
    }

    private void awaitCaughtUp(StreamingEventProcessor processor, int segments) {
        long head = log.eventStore().createHeadToken().position().orElseThrow();
        await().atMost(ComplaintEventLog.PATIENCE).pollDelay(Duration.ZERO).pollInterval(Duration.ofMillis(100)).until(() ->
                processor.processingStatus().size() == segments
                        && processor.processingStatus().values().stream()
                        .allMatch(status -> status.getCurrentPosition().orElse(-1) >= head));
    }
}
