package com.serviceledger.bench.load;

/**
 * One run's figures (NaN where not measured, e.g. RSS and the JDBC ceiling against {@code --url}).
 * Appended events are counted in the store by timestamp over the sustained window. {@code notifications}: the
 * delay from a deadline decision to its webhook (null against {@code --url}).
 */
record RunResult(LoadDriver.Sustained sustained, LoadDriver.OpenLoop halfRate, long eventsAppended,
                 double eventsAppendedPerSecond, double peakRssMb, double rawInsertRowsPerSecond,
                 double rawInsertOneCommitRowsPerSecond, NotificationProbe.Result notifications) {

    double appendToRawInsert() {
        return eventsAppendedPerSecond / rawInsertRowsPerSecond;
    }

    /** Against inserts committed one by one: what a command's own transaction can do at best. */
    double appendToOneCommitInsert() {
        return eventsAppendedPerSecond / rawInsertOneCommitRowsPerSecond;
    }
}
