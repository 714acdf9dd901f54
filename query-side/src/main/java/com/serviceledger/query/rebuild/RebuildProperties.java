package com.serviceledger.query.rebuild;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Zero-downtime view rebuilds ({@code serviceledger.query.rebuild.*}).
 *
 * @param pollInterval     how often a running rebuild checks its progress (and swaps or finishes)
 * @param stallTimeout     a rebuild whose position has not moved for this long while behind fails; a rebuild
 *                         whose replica has not renewed its lease for this long is dead, and another replica may
 *                         take its view over
 * @param shutdownTimeout  how long stopping a rebuild processor may take
 * @param migrateOnStartup rebuild at start-up every view whose alias points to an older mapping version
 * @param finishedKept     finished rebuilds still listed by the admin API (the newest ones)
 * @param heldDocuments    documents each store of a rebuild keeps in memory between batches, written when
 *                         they fall out (least recently touched first) or before the swap: in a replay an
 *                         aggregate's events fall into several batches, and each would read and rewrite its
 *                         document again; 0 writes after every batch as the live processor does. Mind the
 *                         heap: a complaint document in memory is a few KB
 * @param batchSize        events per batch of a rebuild processor (0: the live processor's): with documents
 *                         held, a batch no longer costs a write per document, only its unit of work, a read
 *                         of the documents not held and a token update per segment
 * @param segmentCount     segments of a rebuild processor (0: one per worker thread of the view's processor).
 *                         The coordinator hands every event to every segment's queue, each filters it, so
 *                         segments beyond the threads cost without adding parallelism
 * @param migrationCheckInterval how often each replica looks for rebuilds whose replica died (their lease not
 *                         renewed for {@code stallTimeout}: marked failed, their new indices deleted) and, with
 *                         {@code migrateOnStartup}, for outdated views nobody migrates (0: only at start-up)
 * @param bulkReplay       replay the store up to the head seen at the start outside the pooled processor (one
 *                         reading thread handing batches straight to the projections), then start the processor
 *                         from the last event's token; false: the processor replays everything from the tail
 * @param bulkBatchSize    events the bulk replay reads before it hands them to its handler threads, split by
 *                         aggregate (each thread's share is one unit of work)
 * @param bulkThreads      handler threads of the bulk replay, events partitioned by aggregate (0: one per worker
 *                         thread of the view's processor)
 */
@ConfigurationProperties("serviceledger.query.rebuild")
public record RebuildProperties(@DefaultValue("500ms") Duration pollInterval,
                                @DefaultValue("5m") Duration stallTimeout,
                                @DefaultValue("30s") Duration shutdownTimeout,
                                @DefaultValue("true") boolean migrateOnStartup,
                                @DefaultValue("50") int finishedKept,
                                @DefaultValue("20000") int heldDocuments,
                                @DefaultValue("1000") int batchSize,
                                @DefaultValue("0") int segmentCount,
                                @DefaultValue("1m") Duration migrationCheckInterval,
                                @DefaultValue("true") boolean bulkReplay,
                                @DefaultValue("2000") int bulkBatchSize,
                                @DefaultValue("0") int bulkThreads) {
}
