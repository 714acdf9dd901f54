package com.serviceledger.standalone.demo;

import java.time.Instant;
import java.util.PriorityQueue;

/** Every planned command of the simulated months, played in time order across all cases. */
final class Timeline {

    /** One command at one moment; {@code order} keeps a case's steps in plan order when times tie. */
    record Step(Instant at, long order, String caseId, Object command) {
    }

    private final PriorityQueue<Step> steps = new PriorityQueue<>((a, b) -> {
        int byTime = a.at().compareTo(b.at());
        return byTime != 0 ? byTime : Long.compare(a.order(), b.order());
    });
    private final Instant horizon;
    private long order;

    /** @param horizon steps after it are not played: those cases stay open, as real ones would be */
    Timeline(Instant horizon) {
        this.horizon = horizon;
    }

    void at(Instant at, String caseId, Object command) {
        if (!at.isAfter(horizon)) {
            steps.add(new Step(at, order++, caseId, command));
        }
    }

    Step next() {
        return steps.poll();
    }

    int size() {
        return steps.size();
    }
}
