package com.serviceledger.query.metrics;

/**
 * How one SLA target fared: {@code due} cases owe it, each of them {@code onTime}, {@code late} (met
 * late or breached) or still {@code pending}. The compliance rate counts decided cases only and is
 * null while none is decided.
 */
public record SlaFigures(long due, long onTime, long late, long pending, Double complianceRate) {

    static SlaFigures of(long due, long onTime, long late, long pending) {
        long decided = onTime + late;
        return new SlaFigures(due, onTime, late, pending, decided == 0 ? null : (double) onTime / decided);
    }
}
