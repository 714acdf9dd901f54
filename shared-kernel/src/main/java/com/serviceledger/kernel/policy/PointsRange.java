package com.serviceledger.kernel.policy;

/** The points a tier of the tiered rule set allows, both ends included (002 第4篇 §9: "扣除…5-15分", "15-30分"). */
public record PointsRange(int min, int max) {

    public PointsRange {
        if (min < 0 || max < min) {
            throw new IllegalArgumentException("a points range needs 0 ≤ min ≤ max, not " + min + "–" + max);
        }
    }

    public boolean contains(int points) {
        return points >= min && points <= max;
    }

    @Override
    public String toString() {
        return min + "–" + max;
    }
}
