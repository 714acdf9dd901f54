package com.serviceledger.query.audit;

/** Where audit slices (a time window over every case, in global order) are read from. */
enum SliceSource {
    /** The event table when the events are in the JDBC store (one SQL query, faster), else the event store API. */
    AUTO,
    /** The JDBC event table; only where the events are stored there. */
    JDBC,
    /** Axon's event store API (tracking streams): works on Axon Server and on the JDBC store alike. */
    EVENT_STORE;

    /** Whether slices go through the event store API, given where the events are. */
    boolean throughTheEventStore(boolean eventsInAxonServer) {
        return switch (this) {
            case AUTO -> eventsInAxonServer;
            case JDBC -> false;
            case EVENT_STORE -> true;
        };
    }
}
