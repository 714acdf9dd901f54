package com.serviceledger.query.rebuild;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The lease and status store as several replicas use it at once, on H2 and on a real PostgreSQL server (the
 * production engine), each migrated by the application's own Flyway scripts.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RebuildStoreTest {

    private static final Instant T = Instant.parse("2026-04-01T02:00:00Z");
    private static final Duration STALL = Duration.ofMinutes(5);
    private static final int REPLICAS = 8;

    private EmbeddedPostgres postgres;
    private final Map<String, RebuildStore> stores = new java.util.LinkedHashMap<>();
    private int views;

    @BeforeAll
    void databases() throws Exception {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:mem:rebuild-store-test;DB_CLOSE_DELAY=-1");
        stores.put("h2", migrated(h2, "h2"));
        postgres = EmbeddedPostgres.builder().start();
        stores.put("postgresql", migrated(postgres.getPostgresDatabase(), "postgresql"));
    }

    @AfterAll
    void stop() throws Exception {
        postgres.close();
    }

    Stream<String> engines() {
        return Stream.of("h2", "postgresql");
    }

    @ParameterizedTest
    @MethodSource("engines")
    void of_replicas_racing_for_a_free_lease_exactly_one_wins_and_the_others_are_told_its_rebuild(String engine)
            throws Exception {
        RebuildStore store = stores.get(engine);
        String view = newView();

        List<RebuildStore.Acquisition> outcomes = race(i -> store.acquire(view, view + "-" + i, "replica-" + i, T,
                T.minus(STALL)));

        List<RebuildStore.Acquired> won = outcomes.stream().filter(RebuildStore.Acquired.class::isInstance)
                .map(RebuildStore.Acquired.class::cast).toList();
        assertThat(won).singleElement().satisfies(w -> assertThat(w.abandoned()).isEmpty());
        String winner = store.lease(view).orElseThrow().rebuildId();
        assertThat(outcomes).filteredOn(RebuildStore.Held.class::isInstance).hasSize(REPLICAS - 1)
                .allSatisfy(o -> assertThat(((RebuildStore.Held) o).holder().rebuildId()).isEqualTo(winner));
    }

    @ParameterizedTest
    @MethodSource("engines")
    void a_renewed_lease_holds_a_stale_one_is_taken_over_by_exactly_one_replica_and_its_owner_loses_it(String engine)
            throws Exception {
        RebuildStore store = stores.get(engine);
        String view = newView();
        assertThat(store.acquire(view, view + "-dead", "dead", T, T.minus(STALL)))
                .isInstanceOf(RebuildStore.Acquired.class);
        Instant later = T.plus(STALL).minusSeconds(1);
        assertThat(store.renew(view, view + "-dead", later)).isTrue();

        Instant now = later.plus(STALL).minusSeconds(1);
        assertThat(store.acquire(view, view + "-early", "early", now, now.minus(STALL)))
                .isEqualTo(new RebuildStore.Held(new RebuildStore.Lease(view, view + "-dead", "dead", later)));

        Instant stale = later.plus(STALL).plusSeconds(1);
        List<RebuildStore.Acquisition> outcomes = race(i -> store.acquire(view, view + "-" + i, "replica-" + i, stale,
                stale.minus(STALL)));

        assertThat(outcomes).filteredOn(RebuildStore.Acquired.class::isInstance).singleElement()
                .satisfies(a -> assertThat(((RebuildStore.Acquired) a).abandoned())
                        .contains(new RebuildStore.Lease(view, view + "-dead", "dead", later)));
        assertThat(store.renew(view, view + "-dead", stale)).as("the dead owner's renewal").isFalse();
        RebuildStore.Lease taken = store.lease(view).orElseThrow();
        assertThat(taken.rebuildId()).startsWith(view + "-").isNotEqualTo(view + "-dead");
        store.release(view, view + "-dead");
        assertThat(store.lease(view)).as("released only by its holder").contains(taken);
        store.release(view, taken.rebuildId());
        assertThat(store.lease(view)).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("engines")
    void a_stale_lease_is_removed_once_and_a_renewed_one_not_at_all(String engine) {
        RebuildStore store = stores.get(engine);
        String view = newView();
        store.acquire(view, view + "-1", "a", T, T.minus(STALL));
        RebuildStore.Lease lease = store.lease(view).orElseThrow();
        assertThat(store.staleLeases(T.plusMillis(1))).contains(lease);
        store.renew(view, view + "-1", T.plusSeconds(1));
        assertThat(store.remove(lease)).as("renewed since it was read").isFalse();
        RebuildStore.Lease renewed = store.lease(view).orElseThrow();
        assertThat(store.remove(renewed)).isTrue();
        assertThat(store.remove(renewed)).isFalse();
    }

    @ParameterizedTest
    @MethodSource("engines")
    void statuses_read_back_as_written_and_an_abandoned_one_reads_failed_with_everything_else_kept(String engine)
            throws Exception {
        RebuildStore store = stores.get(engine);
        String view = newView();
        RebuildStatus running = status(view, view + "-1", "REPLAYING", T);
        store.save(running, "a", true, T);
        assertThat(store.status(view + "-1")).contains(running);
        assertThat(store.staleRunning(T.plusMillis(1))).contains(running);

        assertThat(store.markAbandoned(view + "-1", "Abandoned: a died", T.plusSeconds(400))).isTrue();
        assertThat(store.markAbandoned(view + "-1", "again", T.plusSeconds(500))).isFalse();
        RebuildStatus abandoned = store.status(view + "-1").orElseThrow();
        assertThat(abandoned.state()).isEqualTo(RebuildState.FAILED);
        assertThat(abandoned.failure()).isEqualTo("Abandoned: a died");
        assertThat(abandoned.finishedAt()).isEqualTo(T.plusSeconds(400));
        assertThat(abandoned.indices()).isEqualTo(running.indices());
        assertThat(store.staleRunning(T.plusSeconds(1000))).extracting(RebuildStatus::id).doesNotContain(view + "-1");
    }

    @ParameterizedTest
    @MethodSource("engines")
    void only_the_newest_finished_statuses_are_kept(String engine) throws Exception {
        RebuildStore store = stores.get(engine);
        String view = newView();
        for (int i = 0; i < 4; i++) {
            store.save(status(view, view + "-" + i, "COMPLETED", T.plusSeconds(i)), "a", false, T);
        }
        store.save(status(view, view + "-run", "REPLAYING", T.minusSeconds(60)), "a", true, T);

        store.forgetFinished(2);

        assertThat(store.statuses()).extracting(RebuildStatus::id).filteredOn(id -> id.startsWith(view))
                .containsExactly(view + "-run", view + "-2", view + "-3");
    }

    private List<RebuildStore.Acquisition> race(java.util.function.IntFunction<RebuildStore.Acquisition> attempt)
            throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(REPLICAS);
        try {
            CountDownLatch go = new CountDownLatch(1);
            List<Future<RebuildStore.Acquisition>> futures = new ArrayList<>();
            for (int i = 0; i < REPLICAS; i++) {
                int replica = i;
                Callable<RebuildStore.Acquisition> call = () -> {
                    go.await();
                    return attempt.apply(replica);
                };
                futures.add(threads.submit(call));
            }
            go.countDown();
            List<RebuildStore.Acquisition> outcomes = new ArrayList<>();
            for (Future<RebuildStore.Acquisition> future : futures) {
                outcomes.add(future.get());
            }
            return outcomes;
        } finally {
            threads.shutdownNow();
        }
    }

    /** Built from JSON, as the store reads it. */
    private static RebuildStatus status(String view, String id, String state, Instant started) throws Exception {
        String json = """
                {"id":"%s","view":"%s","processor":"%s@rebuild-1","reason":"requested","state":"%s",
                 "processedPosition":10,"headPosition":20,"percent":50.0,"eventsProcessed":11,"eventsPerSecond":2.5,
                 "startedAt":"%s","indices":[{"alias":"sq-x","oldIndex":"sq-x-v1","newIndex":"sq-x-v2-1",
                 "oldDocuments":3,"newDocuments":null}]}""".formatted(id, view, view, state, started);
        return new ObjectMapper().registerModule(new JavaTimeModule()).readValue(json, RebuildStatus.class);
    }

    private String newView() {
        return "view-" + (++views);
    }

    private static RebuildStore migrated(DataSource dataSource, String vendor) {
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration/" + vendor).load().migrate();
        return new RebuildStore(dataSource);
    }
}
