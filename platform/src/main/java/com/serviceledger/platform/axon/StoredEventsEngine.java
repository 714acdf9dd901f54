package com.serviceledger.platform.axon;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import org.axonframework.eventhandling.DomainEventData;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.GenericDomainEventEntry;
import org.axonframework.eventhandling.TrackedDomainEventData;
import org.axonframework.eventhandling.TrackedEventData;
import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;

/**
 * Axon's JDBC storage engine, reading each stored timestamp with {@link IsoInstants} once instead of Axon's
 * formatter-based parse on every access (a quarter of a replay's reading thread), and judging gaps in the
 * global index by how long they have been open on the wall clock ({@link OpenGaps}) instead of by the domain
 * timestamp of the event after them. Rows are read exactly as Axon reads them; Axon's own gap cleaning, which
 * also reads event timestamps, is switched off: {@link OpenGaps} gives up expired gaps at every event read.
 */
final class StoredEventsEngine extends JdbcEventStorageEngine {

    private final long lowestGlobalSequence;
    private final int maxGapOffset;
    private final OpenGaps openGaps;

    /**
     * @param wallClock the real time, never the domain clock: a gap's age is how long a transaction has been
     *                  in flight
     */
    StoredEventsEngine(Builder builder, long lowestGlobalSequence, int maxGapOffset, Duration gapTimeout,
                       InstantSource wallClock) {
        super(builder.lowestGlobalSequence(lowestGlobalSequence).maxGapOffset(maxGapOffset)
                .gapCleaningThreshold(Integer.MAX_VALUE));
        this.lowestGlobalSequence = lowestGlobalSequence;
        this.maxGapOffset = maxGapOffset;
        this.openGaps = new OpenGaps(wallClock, gapTimeout);
    }

    @Override
    protected TrackedEventData<?> getTrackedEventData(ResultSet resultSet, GapAwareTrackingToken previousToken)
            throws SQLException {
        EventSchema schema = schema();
        long globalSequence = resultSet.getLong(schema.globalIndexColumn());
        String aggregateIdentifier = resultSet.getString(schema.aggregateIdentifierColumn());
        String eventIdentifier = resultSet.getString(schema.eventIdentifierColumn());
        StoredEventEntry<?> event = new StoredEventEntry<>(resultSet.getString(schema.typeColumn()),
                eventIdentifier.equals(aggregateIdentifier) ? null : aggregateIdentifier,
                resultSet.getLong(schema.sequenceNumberColumn()), eventIdentifier,
                resultSet.getString(schema.timestampColumn()), resultSet.getString(schema.payloadTypeColumn()),
                resultSet.getString(schema.payloadRevisionColumn()), readPayload(resultSet, schema.payloadColumn()),
                readPayload(resultSet, schema.metaDataColumn()));

        GapAwareTrackingToken advanced = previousToken == null
                ? GapAwareTrackingToken.newInstance(globalSequence, LongStream.range(
                                Math.max(lowestGlobalSequence, globalSequence - maxGapOffset), globalSequence)
                        .boxed().collect(Collectors.toCollection(TreeSet::new)))
                : previousToken.advanceTo(globalSequence, maxGapOffset);
        return new TrackedDomainEventData<>(openGaps.after(previousToken, globalSequence, advanced), event);
    }

    @Override
    protected DomainEventData<?> getDomainEventData(ResultSet resultSet) throws SQLException {
        EventSchema schema = schema();
        return new StoredEventEntry<>(resultSet.getString(schema.typeColumn()),
                resultSet.getString(schema.aggregateIdentifierColumn()),
                resultSet.getLong(schema.sequenceNumberColumn()), resultSet.getString(schema.eventIdentifierColumn()),
                resultSet.getString(schema.timestampColumn()), resultSet.getString(schema.payloadTypeColumn()),
                resultSet.getString(schema.payloadRevisionColumn()), readPayload(resultSet, schema.payloadColumn()),
                readPayload(resultSet, schema.metaDataColumn()));
    }

    /** A stored event whose timestamp is parsed once, fast. */
    static final class StoredEventEntry<T> extends GenericDomainEventEntry<T> {

        private final String storedTimestamp;
        private Instant timestamp;

        StoredEventEntry(String type, String aggregateIdentifier, long sequenceNumber, String eventIdentifier,
                         String timestamp, String payloadType, String payloadRevision, T payload, T metaData) {
            super(type, aggregateIdentifier, sequenceNumber, eventIdentifier, timestamp, payloadType,
                    payloadRevision, payload, metaData);
            this.storedTimestamp = timestamp;
        }

        @Override
        public Instant getTimestamp() {
            Instant parsed = timestamp;
            if (parsed == null) {
                parsed = IsoInstants.parse(storedTimestamp);
                timestamp = parsed;
            }
            return parsed;
        }
    }
}
