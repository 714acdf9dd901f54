package com.serviceledger.query.rebuild;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.serviceledger.query.scoring.ScorecardProjection;
import com.serviceledger.query.support.Api;
import com.serviceledger.query.support.OlderIndexVersion;
import com.serviceledger.query.support.QuerySideTest;
import com.serviceledger.query.view.RebuildableView;
import com.serviceledger.query.view.ViewIndex;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import org.axonframework.config.Configuration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.MediaType;

/**
 * Several query-side replicas over one database: the application's registry and a second one (another
 * "replica": own rebuilds, own name, same database, Elasticsearch and event store) start, list and take over
 * rebuilds of one view.
 */
@QuerySideTest
class ViewRebuildsAcrossReplicasTest {

    private static final String VIEW = ScorecardProjection.PROCESSING_GROUP;

    private final ViewRebuilds replica;
    private final List<RebuildableView> views;
    private final ObjectProvider<Configuration> axon;
    private final ElasticsearchClient elasticsearch;
    private final RebuildProperties properties;
    private final Clock clock;
    private final RebuildStore store;
    private final Api api;
    private ViewRebuilds other;

    ViewRebuildsAcrossReplicasTest(ViewRebuilds replica, List<RebuildableView> views, ObjectProvider<Configuration> axon,
                                   ElasticsearchClient elasticsearch, RebuildProperties properties, Clock clock,
                                   RebuildStore store, Api api) {
        this.replica = replica;
        this.views = views;
        this.axon = axon;
        this.elasticsearch = elasticsearch;
        this.properties = properties;
        this.clock = clock;
        this.store = store;
        this.api = api;
    }

    @BeforeEach
    void secondReplica() {
        other = new ViewRebuilds(views, axon, elasticsearch, properties, clock, store);
        assertThat(other.owner()).isNotEqualTo(replica.owner());
    }

    @AfterEach
    void stopSecondReplica() {
        other.destroy();
    }

    @Test
    void of_two_replicas_starting_one_view_at_once_one_rebuilds_and_the_other_answers_409_and_its_status()
            throws Exception {
        List<Object> outcomes = race(() -> replica.start(VIEW, "requested"), () -> other.start(VIEW, "requested"));

        List<RebuildStatus> started = outcomes.stream().filter(RebuildStatus.class::isInstance)
                .map(RebuildStatus.class::cast).toList();
        assertThat(started).hasSize(1);
        String id = started.getFirst().id();
        assertThat(outcomes).filteredOn(ViewRebuilds.AlreadyRebuilding.class::isInstance).singleElement()
                .satisfies(e -> assertThat(((ViewRebuilds.AlreadyRebuilding) e).rebuildId()).isEqualTo(id));
        ViewRebuilds notOwner = outcomes.getFirst() instanceof RebuildStatus ? other : replica;
        // the replica that did not start it knows it, by id and in the list
        assertThat(notOwner.status(id)).get().extracting(RebuildStatus::view).isEqualTo(VIEW);
        assertThat(notOwner.statuses()).extracting(RebuildStatus::id).contains(id);

        // the end the owner writes is seen by the other replica too, and the lease is free again
        await().atMost(Duration.ofSeconds(180)).pollInterval(Duration.ofMillis(200)).until(() ->
                !notOwner.status(id).orElseThrow().state().equals(RebuildState.REPLAYING)
                        && !notOwner.status(id).orElseThrow().state().equals(RebuildState.CATCHING_UP));
        assertThat(notOwner.status(id).orElseThrow().state()).isEqualTo(RebuildState.COMPLETED);
        await().atMost(Duration.ofSeconds(5)).until(() -> store.lease(VIEW).isEmpty());
    }

    @Test
    void a_view_another_replica_rebuilds_answers_409_naming_its_rebuild_whose_status_every_replica_answers()
            throws Exception {
        ViewIndex index = views.stream().filter(v -> v.name().equals(VIEW)).findFirst().orElseThrow().indices().getFirst();
        String id = VIEW + "-2997" + System.nanoTime() % 10_000_000_000_000L;
        Instant now = clock.instant();
        assertThat(store.acquire(VIEW, id, "replica-b", now, now.minus(properties.stallTimeout())))
                .isInstanceOf(RebuildStore.Acquired.class);
        try {
            store.save(status(id, "sq-elsewhere", index, now), "replica-b", true, now);

            api.http().post().uri("/api/admin/views/{view}/rebuild", VIEW)
                    .contentType(MediaType.APPLICATION_JSON).exchange()
                    .expectStatus().isEqualTo(409)
                    .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                    .expectBody()
                    .jsonPath("$.type").isEqualTo("urn:serviceledger:problem:rebuild-running")
                    .jsonPath("$.rebuild").isEqualTo("/api/admin/rebuilds/" + id);
            api.get("/api/admin/rebuilds/" + id).expectStatus().isOk().expectBody()
                    .jsonPath("$.id").isEqualTo(id).jsonPath("$.state").isEqualTo("REPLAYING");
            api.get("/api/admin/rebuilds").expectStatus().isOk().expectBody()
                    .jsonPath("$[?(@.id == '" + id + "')].view").isEqualTo(VIEW);
            assertThat(replica.viewStatus(replica.view(VIEW).orElseThrow()).runningRebuild()).isEqualTo(id);
            assertThat(other.migrateOutdated()).isEmpty();
            other.check();
            assertThat(store.lease(VIEW)).as("a renewed lease stays").isPresent();
        } finally {
            store.release(VIEW, id);
            store.markAbandoned(id, "test over", now);
        }
    }

    @Test
    void a_rebuild_whose_replica_stopped_renewing_its_lease_is_taken_over_and_its_new_index_deleted()
            throws Exception {
        ViewIndex index = views.stream().filter(v -> v.name().equals(VIEW)).findFirst().orElseThrow().indices().getFirst();
        String stamp = "2999" + System.nanoTime() % 10_000_000_000_000L;
        String deadIndex = index.createRebuildIndex(stamp);
        String deadId = VIEW + "-" + stamp;
        Instant died = clock.instant().minus(properties.stallTimeout()).minusSeconds(1);
        assertThat(store.acquire(VIEW, deadId, "dead-replica", died, died.minus(properties.stallTimeout())))
                .isInstanceOf(RebuildStore.Acquired.class);
        store.save(status(deadId, deadIndex, index, died), "dead-replica", true, died);

        RebuildStatus started = other.start(VIEW, "requested");

        RebuildStatus abandoned = replica.status(deadId).orElseThrow();
        assertThat(abandoned.state()).isEqualTo(RebuildState.FAILED);
        assertThat(abandoned.failure()).contains("dead-replica").contains(other.owner());
        assertThat(elasticsearch.indices().exists(e -> e.index(deadIndex)).value()).isFalse();
        assertThat(store.lease(VIEW).orElseThrow().rebuildId()).isEqualTo(started.id());
        await().atMost(Duration.ofSeconds(180)).pollInterval(Duration.ofMillis(200)).until(() ->
                replica.status(started.id()).orElseThrow().state() == RebuildState.COMPLETED);
    }

    @Test
    void the_periodic_check_marks_a_rebuild_whose_replica_died_failed_and_frees_its_view() throws Exception {
        ViewIndex index = views.stream().filter(v -> v.name().equals(VIEW)).findFirst().orElseThrow().indices().getFirst();
        String stamp = "2998" + System.nanoTime() % 10_000_000_000_000L;
        String deadIndex = index.createRebuildIndex(stamp);
        String deadId = VIEW + "-" + stamp;
        Instant died = clock.instant().minus(properties.stallTimeout()).minusSeconds(1);
        store.acquire(VIEW, deadId, "dead-replica", died, died.minus(properties.stallTimeout()));
        store.save(status(deadId, deadIndex, index, died), "dead-replica", true, died);
        assertThat(replica.viewStatus(replica.view(VIEW).orElseThrow()).runningRebuild()).isEqualTo(deadId);

        other.check();

        assertThat(replica.status(deadId).orElseThrow().state()).isEqualTo(RebuildState.FAILED);
        assertThat(store.lease(VIEW)).isEmpty();
        assertThat(elasticsearch.indices().exists(e -> e.index(deadIndex)).value()).isFalse();
        assertThat(replica.viewStatus(replica.view(VIEW).orElseThrow()).runningRebuild()).isNull();
    }

    @Test
    void an_outdated_view_is_migrated_by_one_of_two_replicas_starting_at_once() throws Exception {
        ViewIndex index = views.stream().filter(v -> v.name().equals(VIEW)).findFirst().orElseThrow().indices().getFirst();
        String v0 = OlderIndexVersion.pointAliasToVersionZero(elasticsearch, index);
        assertThat(index.outdated()).isTrue();

        List<Object> outcomes = race(() -> {
            replica.migrateOnStartup();
            return replica.statuses();
        }, () -> {
            other.migrateOnStartup();
            return other.statuses();
        });

        assertThat(outcomes).noneMatch(Throwable.class::isInstance);
        List<RebuildStatus> migrations = replica.statuses().stream()
                .filter(s -> s.view().equals(VIEW) && s.indices().getFirst().oldIndex().equals(v0)).toList();
        assertThat(migrations).singleElement().satisfies(m -> assertThat(m.reason()).isEqualTo("mapping-version"));
        String id = migrations.getFirst().id();
        await().atMost(Duration.ofSeconds(180)).pollInterval(Duration.ofMillis(200)).until(() ->
                replica.status(id).orElseThrow().state() == RebuildState.COMPLETED);
        assertThat(index.outdated()).isFalse();
        // nothing left to migrate: neither replica starts another
        assertThat(replica.migrateOutdated()).isEmpty();
        assertThat(other.migrateOutdated()).isEmpty();
    }

    /** Both at once (released together), each outcome its result or its exception. */
    private static List<Object> race(Callable<Object> first, Callable<Object> second) {
        CountDownLatch go = new CountDownLatch(1);
        List<CompletableFuture<Object>> futures = new ArrayList<>();
        for (Callable<Object> call : List.of(first, second)) {
            futures.add(CompletableFuture.supplyAsync(() -> {
                try {
                    go.await();
                    return call.call();
                } catch (Exception e) {
                    return e;
                }
            }));
        }
        go.countDown();
        return futures.stream().map(CompletableFuture::join).toList();
    }

    private static RebuildStatus status(String id, String newIndex, ViewIndex index, Instant started) throws Exception {
        String json = """
                {"id":"%s","view":"%s","processor":"%s@rebuild-dead","reason":"requested","state":"REPLAYING",
                 "processedPosition":10,"headPosition":20,"percent":50.0,"eventsProcessed":11,"eventsPerSecond":2.5,
                 "startedAt":"%s","indices":[{"alias":"%s","oldIndex":"%s","newIndex":"%s"}]}"""
                .formatted(id, VIEW, VIEW, started, index.alias(), index.currentIndex(), newIndex);
        return new ObjectMapper().registerModule(new JavaTimeModule()).readValue(json, RebuildStatus.class);
    }
}
