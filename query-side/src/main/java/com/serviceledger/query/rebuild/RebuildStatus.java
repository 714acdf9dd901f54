package com.serviceledger.query.rebuild;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.List;

/**
 * A rebuild as the admin API shows it. Positions are the event store's global positions; {@code percent}
 * is the processed position against the head, {@code eventsPerSecond} the events the rebuild's projections
 * handled per second since it started. {@code handOverPosition} is where the bulk replay handed over to the rebuild
 * processor (null before, or without a bulk replay).
 */
public record RebuildStatus(String id, String view, String processor, String reason, RebuildState state,
                            long processedPosition, long headPosition, double percent, long eventsProcessed,
                            double eventsPerSecond, Instant startedAt, Instant swappedAt, Instant finishedAt,
                            List<IndexStatus> indices, String failure, Long handOverPosition) {

    /** One alias of the view: the index it named before, the one being built, and their document counts. */
    @Schema(name = "RebuildIndexStatus")
    public record IndexStatus(String alias, String oldIndex, String newIndex, Long oldDocuments,
                              Long newDocuments) {
    }
}
