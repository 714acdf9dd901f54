package com.serviceledger.query.rebuild;

/** Where a rebuild is; queries answer from the old index until {@link #CATCHING_UP}, from the new one after. */
public enum RebuildState {
    /**
     * The bulk replay, then the rebuild processor, replay the event store into the new indices; the alias still
     * names the old ones.
     */
    REPLAYING,
    /** The alias has been swapped; the rebuild processor runs on until it covers the head seen at the swap. */
    CATCHING_UP,
    /** Rebuild processor stopped, its tokens and the old indices deleted. */
    COMPLETED,
    /** Stopped with an error; before the swap the new indices are deleted and the old ones stay in use. */
    FAILED
}
