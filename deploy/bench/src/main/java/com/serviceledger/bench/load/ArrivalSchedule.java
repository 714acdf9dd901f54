package com.serviceledger.bench.load;

/**
 * Open-loop arrivals at a fixed rate: the i-th command is due at {@code start + i / rate}, whatever the
 * system did with the earlier ones. Latency is measured from that intended start, so a stall counts
 * against every command that should have been sent during it (no coordinated omission).
 */
record ArrivalSchedule(long startNanos, double perSecond, long durationNanos) {

    ArrivalSchedule {
        if (perSecond <= 0) {
            throw new IllegalArgumentException("the arrival rate must be positive, got " + perSecond);
        }
    }

    long intendedStart(long index) {
        return startNanos + Math.round(index * 1e9 / perSecond);
    }

    /** Whether the i-th arrival still falls inside the window. */
    boolean includes(long index) {
        return intendedStart(index) - startNanos < durationNanos;
    }

    long arrivals() {
        return (long) Math.ceil(durationNanos / 1e9 * perSecond);
    }
}
