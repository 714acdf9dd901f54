package com.serviceledger.query.complaint;

import static com.serviceledger.query.support.ComplaintEvents.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import com.serviceledger.kernel.common.MetadataKeys;
import com.serviceledger.query.elasticsearch.ComplaintIndex;
import com.serviceledger.query.rebuild.RebuildState;
import com.serviceledger.query.rebuild.RebuildStatus;
import com.serviceledger.query.rebuild.ViewRebuilds;
import com.serviceledger.query.rebuild.ViewStatus;
import com.serviceledger.query.support.Api;
import com.serviceledger.query.support.ComplaintEventLog;
import com.serviceledger.query.support.ComplaintStory;
import com.serviceledger.query.support.OlderIndexVersion;
import com.serviceledger.query.support.QuerySideTest;
import java.io.IOException;
import java.lang.reflect.Method;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.messaging.MetaData;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Rebuilding the complaint view while complaints keep arriving and queries keep coming: the queries never
 * fail, and at the end the new index says exactly what the events say.
 */
@QuerySideTest
class ComplaintViewRebuildTest {

    private static final Logger logger = LoggerFactory.getLogger(ComplaintViewRebuildTest.class);
    private static final Instant APRIL = Instant.parse("2026-04-01T02:00:00Z");
    private static final int PREFILLED = 1000;
    private static final int PREFILLED_EVENTS = 4;
    /** Several of the bulk replay's batches (the tests' bulk-batch-size), whatever else the store holds. */
    private static final int BULK_PREFILLED = 500;
    private static final int BULK_PREFILLED_EVENTS = 5;

    private final ComplaintEventLog log;
    private final Api api;
    private final ElasticsearchClient elasticsearch;
    private final ComplaintIndex index;
    private final ViewRebuilds rebuilds;
    private final JdbcTemplate jdbc;
    private final TokenStore tokenStore;
    private final TransactionManager transactionManager;

    ComplaintViewRebuildTest(ComplaintEventLog log, Api api, ElasticsearchClient elasticsearch, ComplaintIndex index,
                             ViewRebuilds rebuilds, DataSource dataSource, TokenStore tokenStore,
                             TransactionManager transactionManager) {
        this.log = log;
        this.api = api;
        this.elasticsearch = elasticsearch;
        this.index = index;
        this.rebuilds = rebuilds;
        this.jdbc = new JdbcTemplate(dataSource);
        this.tokenStore = tokenStore;
        this.transactionManager = transactionManager;
    }

    @Test
    void a_rebuild_under_continuous_writes_and_queries_swaps_in_a_complete_index_without_a_failed_query()
            throws Exception {
        String subsidiary = newSubsidiary();
        List<Lifecycle> prefilled = new ArrayList<>();
        for (int i = 0; i < PREFILLED; i++) {
            prefilled.add(new Lifecycle(newComplaintId(), subsidiary, APRIL.plus(Duration.ofMinutes(i))));
        }
        for (int from = 0; from < PREFILLED; from += 100) {
            List<EventMessage<?>> batch = new ArrayList<>();
            prefilled.subList(from, from + 100).forEach(c -> batch.addAll(c.next(PREFILLED_EVENTS)));
            log.eventStore().publish(batch);
        }
        awaitProjected(prefilled);
        // awaitProjected reads in real time; searches see the documents only after a refresh
        index.refresh();
        String oldIndex = index.currentIndex();

        Writer writer = new Writer(subsidiary, prefilled);
        Queries queries = new Queries(subsidiary, prefilled);
        writer.start();
        queries.start();
        RebuildStatus finished;
        try {
            await().atMost(Duration.ofSeconds(20)).until(() -> queries.count.get() > 20 && writer.rounds.get() > 5);

            var started = api.http().post().uri("/api/admin/views/{view}/rebuild", ComplaintProjection.PROCESSING_GROUP)
                    .contentType(MediaType.APPLICATION_JSON)
                    .exchange().expectStatus().isAccepted()
                    .expectHeader().valueMatches("Location", "/api/admin/rebuilds/complaint-view-\\d+")
                    .expectBody(RebuildStatus.class).returnResult();
            String location = started.getResponseHeaders().getLocation().toString();
            assertThat(started.getResponseBody().state()).isEqualTo(RebuildState.REPLAYING);
            // the retiring alias is up on the live index from the start: the live stores look there (again) at
            // least ViewStore.RETIRING_NOTICE before the swap can happen
            assertThat(aliasTargets(index.retiringAlias())).containsExactly(oldIndex);

            // a second rebuild of the same view while the first runs is a conflict, as a problem
            api.http().post().uri("/api/admin/views/{view}/rebuild", ComplaintProjection.PROCESSING_GROUP)
                    .contentType(MediaType.APPLICATION_JSON).exchange()
                    .expectStatus().isEqualTo(409)
                    .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                    .expectBody()
                    .jsonPath("$.type").isEqualTo("urn:serviceledger:problem:rebuild-running")
                    .jsonPath("$.rebuild").isEqualTo(location);

            await().atMost(Duration.ofSeconds(300)).pollInterval(Duration.ofMillis(200)).until(() ->
                    status(location).state() == RebuildState.COMPLETED || status(location).state() == RebuildState.FAILED);
            // keep writing and querying on the new index for a moment
            Thread.sleep(1000);
            finished = status(location);
        } finally {
            writer.finish();
            queries.finish();
        }
        assertThat(writer.failure).isNull();
        assertThat(finished.failure()).isNull();
        assertThat(finished.state()).isEqualTo(RebuildState.COMPLETED);
        logger.info("Rebuilt {} with {} events in {} ms: {} events/s, while {} write rounds and {} queries ran",
                finished.indices().getFirst().newIndex(), finished.eventsProcessed(),
                Duration.between(finished.startedAt(), finished.finishedAt()).toMillis(), finished.eventsPerSecond(),
                writer.rounds.get(), queries.count.get());

        assertThat(queries.failures).as("queries failed during the rebuild").isEmpty();
        assertThat(queries.count.get()).isGreaterThan(20);

        RebuildStatus.IndexStatus indices = finished.indices().getFirst();
        assertThat(indices.oldIndex()).isEqualTo(oldIndex);
        assertThat(indices.newIndex()).matches("sq-complaints-v" + index.settings().version() + "-\\d{17}");
        assertThat(aliasTargets(index.alias())).containsExactly(indices.newIndex());
        assertThat(elasticsearch.indices().exists(e -> e.index(oldIndex)).value()).isFalse();
        assertThat(elasticsearch.indices().existsAlias(a -> a.name(index.retiringAlias())).value()).isFalse();
        assertThat(transactionManager.fetchInTransaction(() -> tokenStore.fetchSegments(finished.processor()))).isEmpty();

        List<Lifecycle> all = new ArrayList<>(prefilled);
        all.addAll(writer.created);
        awaitProjected(all);
        index.refresh();
        long complaintsInStore = jdbc.queryForObject(
                "select count(distinct aggregateidentifier) from domainevententry where type = 'Complaint'", Long.class);
        // complaints the live view has parked as poison (another test plants one) are in neither index
        List<String> parked = jdbc.queryForList("select distinct aggregateidentifier from deadletterentry"
                + " where processinggroup = ?", String.class, ComplaintProjection.PROCESSING_GROUP);
        long parkedWithoutDocument = 0;
        for (String id : parked) {
            if (document(id) == null) {
                parkedWithoutDocument++;
            }
        }
        assertThat(elasticsearch.count(c -> c.index(index.alias())).count())
                .isEqualTo(complaintsInStore - parkedWithoutDocument);

        List<Lifecycle> sample = new ArrayList<>(all);
        Collections.shuffle(sample, new Random(7));
        for (Lifecycle complaint : sample.subList(0, 60)) {
            assertThat(document(complaint.id)).usingRecursiveComparison().isEqualTo(fromEvents(complaint.id));
        }
    }

    /**
     * The bulk replay reads the store up to the head seen at the start, in many batches, and hands over to the
     * rebuild processor at the token of its last event while complaints keep arriving. Every complaint, the
     * prefilled ones and those written around the hand-over and after it, must end with exactly what its events
     * say: an event skipped at the hand-over would leave its document behind its events for good (a replayed one
     * would be hidden by the external versions, so this looks for skipped ones, in every document).
     */
    @Test
    void the_bulk_replay_hands_over_to_the_processor_without_skipping_an_event_written_meanwhile() throws Exception {
        String subsidiary = newSubsidiary();
        List<Lifecycle> prefilled = new ArrayList<>();
        for (int i = 0; i < BULK_PREFILLED; i++) {
            prefilled.add(new Lifecycle(newComplaintId(), subsidiary, APRIL.plus(Duration.ofMinutes(i))));
        }
        for (int from = 0; from < BULK_PREFILLED; from += 100) {
            List<EventMessage<?>> batch = new ArrayList<>();
            prefilled.subList(from, from + 100).forEach(c -> batch.addAll(c.next(BULK_PREFILLED_EVENTS)));
            log.eventStore().publish(batch);
        }
        awaitProjected(prefilled);
        long prefilledUpTo = jdbc.queryForObject("select max(globalindex) from domainevententry", Long.class);

        Writer writer = new Writer(subsidiary, prefilled);
        writer.start();
        List<RebuildStatus> seen = new ArrayList<>();
        RebuildStatus finished;
        try {
            await().atMost(Duration.ofSeconds(20)).until(() -> writer.rounds.get() > 3);
            RebuildStatus started = rebuilds.start(ComplaintProjection.PROCESSING_GROUP, "bulk-replay-test");
            seen.add(started);
            await().atMost(Duration.ofSeconds(300)).pollInterval(Duration.ofMillis(50)).until(() -> {
                RebuildStatus now = rebuilds.status(started.id()).orElseThrow();
                seen.add(now);
                return now.state() == RebuildState.COMPLETED || now.state() == RebuildState.FAILED;
            });
            // a few more writes after the rebuild, through the alias into the new index
            Thread.sleep(500);
            finished = rebuilds.status(started.id()).orElseThrow();
        } finally {
            writer.finish();
        }
        assertThat(writer.failure).isNull();
        assertThat(finished.failure()).isNull();
        assertThat(finished.state()).isEqualTo(RebuildState.COMPLETED);
        // the bulk replay covered every prefilled event (many of its batches), the processor went on from there
        assertThat(finished.handOverPosition()).isNotNull().isGreaterThanOrEqualTo(prefilledUpTo);
        assertThat(finished.eventsProcessed()).isGreaterThan((long) BULK_PREFILLED * BULK_PREFILLED_EVENTS);
        // the bulk phase reports like the processor: REPLAYING, its position only growing
        assertThat(seen.getFirst().state()).isEqualTo(RebuildState.REPLAYING);
        assertThat(seen.getFirst().handOverPosition()).isNull();
        assertThat(seen).extracting(RebuildStatus::processedPosition).isSorted();
        assertThat(writer.created).hasSizeGreaterThan(12);

        List<Lifecycle> all = new ArrayList<>(prefilled);
        all.addAll(writer.created);
        awaitProjected(all);
        for (Lifecycle complaint : all) {
            assertThat(document(complaint.id)).as(complaint.id).usingRecursiveComparison()
                    .isEqualTo(fromEvents(complaint.id));
        }
    }

    @Test
    void a_view_whose_alias_points_to_an_older_mapping_version_is_migrated_while_queries_answer_from_it()
            throws Exception {
        String subsidiary = newSubsidiary();
        String before = newComplaintId();
        log.appendAndAwait(ComplaintStory.of(before, received(before, subsidiary, APRIL).event(),
                forwarded(before, "DEP-1", APRIL.plusSeconds(60))));
        String v0 = OlderIndexVersion.pointAliasToVersionZero(elasticsearch, index);
        assertThat(index.outdated()).isTrue();

        List<RebuildStatus> migrations = rebuilds.migrateOutdated();

        assertThat(migrations).singleElement().satisfies(m -> {
            assertThat(m.view()).isEqualTo(ComplaintProjection.PROCESSING_GROUP);
            assertThat(m.reason()).isEqualTo("mapping-version");
            assertThat(m.indices().getFirst().oldIndex()).isEqualTo(v0);
        });
        // the old version answers until the new one has caught up
        api.get("/api/complaints/" + before).expectStatus().isOk();
        String during = newComplaintId();
        log.append(ComplaintStory.of(during, received(during, subsidiary, APRIL.plusSeconds(3600)).event()));
        String id = migrations.getFirst().id();
        await().atMost(Duration.ofSeconds(180)).until(() -> rebuilds.status(id).orElseThrow().state() == RebuildState.COMPLETED);

        String migrated = migrations.getFirst().indices().getFirst().newIndex();
        assertThat(aliasTargets(index.alias())).containsExactly(migrated);
        assertThat(elasticsearch.indices().exists(e -> e.index(v0)).value()).isFalse();
        assertThat(index.outdated()).isFalse();
        // the next start-up finds the rebuilt index behind the alias and creates nothing beside it
        index.ensureExists();
        assertThat(aliasTargets(index.alias())).containsExactly(migrated);
        log.awaitProjected(ComplaintStory.of(during, received(during, subsidiary, APRIL).event()));
        for (String complaint : List.of(before, during)) {
            assertThat(document(complaint)).usingRecursiveComparison().isEqualTo(fromEvents(complaint));
        }
        List<ViewStatus> views = api.get("/api/admin/views").expectStatus().isOk()
                .expectBodyList(ViewStatus.class).returnResult().getResponseBody();
        assertThat(views).extracting(ViewStatus::view).contains("complaint-view", "service-request-view",
                "inspection-views", "rating-view", "scorecard-view", "organisation-view");
        assertThat(views).filteredOn(v -> v.view().equals("complaint-view")).singleElement().satisfies(v -> {
            assertThat(v.indices()).singleElement().isEqualTo(
                    new ViewStatus.IndexStatus("sq-complaints", migrated, index.settings().version(),
                            index.settings().version()));
            assertThat(v.runningRebuild()).isNull();
        });
        assertThat(views).filteredOn(v -> v.view().equals("inspection-views")).singleElement()
                .satisfies(v -> assertThat(v.indices()).hasSize(3));
    }

    @Test
    void rebuilding_an_unknown_view_or_reading_an_unknown_rebuild_is_a_not_found_problem() {
        api.http().post().uri("/api/admin/views/no-such-view/rebuild")
                .contentType(MediaType.APPLICATION_JSON).exchange()
                .expectStatus().isNotFound()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.type").isEqualTo("urn:serviceledger:problem:not-found");
        api.get("/api/admin/rebuilds/complaint-view-1").expectStatus().isNotFound()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(rebuilds.statuses()).noneMatch(s -> s.view().equals("no-such-view"));
    }

    private Set<String> aliasTargets(String alias) throws IOException {
        return elasticsearch.indices().getAlias(a -> a.name(alias)).aliases().keySet();
    }

    private RebuildStatus status(String location) {
        return api.get(location).expectStatus().isOk().expectBody(RebuildStatus.class).returnResult().getResponseBody();
    }

    private ComplaintView document(String id) throws IOException {
        return elasticsearch.get(g -> g.index(index.alias()).id(id), ComplaintView.class).source();
    }

    /** The complaint as its events in the store say, folded the way the projection folds them. */
    private ComplaintView fromEvents(String id) throws Exception {
        ComplaintView view = ComplaintView.empty(id);
        for (DomainEventMessage<?> event : log.eventStore().readEvents(id).asStream().toList()) {
            Method on = ComplaintView.class.getDeclaredMethod("on", event.getPayloadType());
            on.setAccessible(true);
            on.invoke(view, event.getPayload());
            view.applied(event.getSequenceNumber(), event.getTimestamp());
        }
        return view;
    }

    private void awaitProjected(List<Lifecycle> complaints) {
        await().atMost(ComplaintEventLog.PATIENCE).pollInterval(Duration.ofMillis(250)).until(() -> {
            List<String> ids = complaints.stream().map(c -> c.id).toList();
            Map<String, Long> expected = new java.util.HashMap<>();
            complaints.forEach(c -> expected.put(c.id, (long) c.appended - 1));
            var docs = elasticsearch.mget(m -> m.index(index.alias()).ids(ids).sourceIncludes("lastSequence"), Map.class);
            return docs.docs().stream().allMatch(d -> d.isResult() && d.result().found()
                    && ((Number) d.result().source().get("lastSequence")).longValue() == expected.get(d.result().id()));
        });
    }

    /** One complaint's whole life; its events are appended a few at a time. */
    private static final class Lifecycle {
        final String id;
        final List<Object> events;
        int appended;

        Lifecycle(String id, String subsidiary, Instant at) {
            this.id = id;
            this.events = List.of(received(id, subsidiary, at).department("DEP-" + (at.getEpochSecond() / 60 % 4)).event(),
                    forwarded(id, "DEP-1", at.plusSeconds(60)),
                    contacted(id, at.plus(Duration.ofMinutes(10)), true, true),
                    handlerNamed(id, at.plus(Duration.ofMinutes(11))),
                    resolved(id, at.plus(Duration.ofHours(3)), true, at.plus(Duration.ofHours(12))),
                    callback(id, at.plus(Duration.ofHours(5)), true, true),
                    verified(id, at.plus(Duration.ofHours(6)), at),
                    archived(id, at.plus(Duration.ofHours(7))));
        }

        boolean hasMore() {
            return appended < events.size();
        }

        List<EventMessage<?>> next(int count) {
            List<EventMessage<?>> messages = new ArrayList<>();
            for (int i = 0; i < count && hasMore(); i++, appended++) {
                messages.add(new GenericDomainEventMessage<>("Complaint", id, appended, events.get(appended),
                        MetaData.with(MetadataKeys.PRINCIPAL, "rebuild-test")));
            }
            return messages;
        }
    }

    /** Appends new complaints and continues older ones (documents the rebuild is copying) until stopped. */
    private final class Writer extends Thread {
        final AtomicBoolean running = new AtomicBoolean(true);
        final AtomicInteger rounds = new AtomicInteger();
        final List<Lifecycle> created = Collections.synchronizedList(new ArrayList<>());
        private final String subsidiary;
        private final List<Lifecycle> older;
        private final Random random = new Random(11);
        volatile Throwable failure;

        Writer(String subsidiary, List<Lifecycle> older) {
            super("rebuild-test-writer");
            this.subsidiary = subsidiary;
            this.older = older;
        }

        @Override
        public void run() {
            try {
                while (running.get()) {
                    List<EventMessage<?>> batch = new ArrayList<>();
                    for (int i = 0; i < 3; i++) {
                        Lifecycle fresh = new Lifecycle(newComplaintId(), subsidiary,
                                APRIL.plus(Duration.ofDays(1)).plus(Duration.ofMinutes(rounds.get() * 3L + i)));
                        batch.addAll(fresh.next(2));
                        created.add(fresh);
                    }
                    for (int i = 0; i < 3; i++) {
                        Lifecycle continued = older.get(random.nextInt(older.size()));
                        batch.addAll(continued.next(1));
                    }
                    log.eventStore().publish(batch);
                    rounds.incrementAndGet();
                    Thread.sleep(100);
                }
            } catch (Throwable e) {
                failure = e;
            }
        }

        void finish() throws InterruptedException {
            running.set(false);
            join(30_000);
        }
    }

    /** Searches and reads by id in a loop; every answer must be complete as of before the rebuild. */
    private final class Queries extends Thread {
        final AtomicBoolean running = new AtomicBoolean(true);
        final AtomicInteger count = new AtomicInteger();
        final ConcurrentLinkedQueue<String> failures = new ConcurrentLinkedQueue<>();
        private final String subsidiary;
        private final List<Lifecycle> known;
        private final Random random = new Random(13);

        Queries(String subsidiary, List<Lifecycle> known) {
            super("rebuild-test-queries");
            this.subsidiary = subsidiary;
            this.known = known;
        }

        @Override
        public void run() {
            while (running.get()) {
                try {
                    var page = api.http().get().uri("/api/complaints?subsidiary={s}&size=5", subsidiary).exchange()
                            .expectBody(new ParameterizedTypeReference<Map<String, Object>>() {
                            }).returnResult();
                    if (page.getStatus().value() != 200
                            || ((Number) page.getResponseBody().get("total")).longValue() < PREFILLED) {
                        failures.add("search: " + page.getStatus() + " " + page.getResponseBody());
                    }
                    String id = known.get(random.nextInt(known.size())).id;
                    var one = api.http().get().uri("/api/complaints/{id}", id).exchange()
                            .expectBody(new ParameterizedTypeReference<Map<String, Object>>() {
                            }).returnResult();
                    if (one.getStatus().value() != 200
                            || ((Number) one.getResponseBody().get("lastSequence")).longValue() < PREFILLED_EVENTS - 1) {
                        failures.add("get " + id + ": " + one.getStatus() + " " + one.getResponseBody());
                    }
                    count.incrementAndGet();
                    Thread.sleep(10);
                } catch (Throwable e) {
                    failures.add(e.toString());
                }
            }
        }

        void finish() throws InterruptedException {
            running.set(false);
            join(30_000);
        }
    }
}
