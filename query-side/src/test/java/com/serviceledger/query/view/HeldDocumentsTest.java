package com.serviceledger.query.view;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** What a rebuild's store keeps between batches, and when a document falls out. */
class HeldDocumentsTest {

    private static final Instant AT = Instant.parse("2026-04-01T02:00:00Z");

    static final class Doc extends SequencedView {
        private final String id;

        Doc(String id, long sequence) {
            this.id = id;
            applied(sequence, AT);
        }

        @Override
        public String viewId() {
            return id;
        }
    }

    @Test
    void the_least_recently_touched_documents_fall_out_beyond_the_limit() {
        HeldDocuments<Doc> held = new HeldDocuments<>(2);
        held.put("a", new Doc("a", 0));
        held.put("b", new Doc("b", 0));
        held.put("c", new Doc("c", 0));
        held.take("a");
        held.release(List.of("a"));

        Map<String, Doc> out = held.overflow();

        assertThat(out).containsOnlyKeys("b");
        assertThat(held.size()).isEqualTo(2);
    }

    @Test
    void a_document_a_batch_is_evolving_never_falls_out() {
        HeldDocuments<Doc> held = new HeldDocuments<>(1);
        held.put("a", new Doc("a", 0));
        held.put("b", new Doc("b", 0));
        held.take("a");

        assertThat(held.overflow()).containsOnlyKeys("b");
        assertThat(held.overflow()).isEmpty();

        held.release(List.of("a"));
        held.put("c", new Doc("c", 0));
        assertThat(held.overflow()).containsOnlyKeys("a");
    }

    @Test
    void a_document_being_written_is_handed_out_only_after_the_write_and_is_held_again_if_it_failed()
            throws Exception {
        HeldDocuments<Doc> held = new HeldDocuments<>(1);
        Doc a = new Doc("a", 3);
        held.put("a", a);
        held.put("b", new Doc("b", 0));
        Map<String, Doc> out = held.overflow();
        assertThat(out).containsOnlyKeys("a");

        CompletableFuture<Doc> reader = CompletableFuture.supplyAsync(() -> held.take("a"));
        Thread.sleep(100);
        assertThat(reader).isNotDone();

        held.written(out, false);

        assertThat(reader.get(5, TimeUnit.SECONDS)).isSameAs(a);
    }

    @Test
    void a_written_document_is_read_from_the_index_again() {
        HeldDocuments<Doc> held = new HeldDocuments<>(1);
        held.put("a", new Doc("a", 3));
        held.put("b", new Doc("b", 0));
        held.written(held.overflow(), true);

        assertThat(held.take("a")).isNull();
    }

    @Test
    void releasing_all_hands_out_every_document_and_stops_holding() {
        HeldDocuments<Doc> held = new HeldDocuments<>(10);
        held.put("a", new Doc("a", 0));
        held.put("b", new Doc("b", 1));

        assertThat(held.releaseAll()).containsOnlyKeys("a", "b");
        assertThat(held.holding()).isFalse();
        assertThat(held.size()).isZero();
    }
}
