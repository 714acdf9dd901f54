package com.serviceledger.standalone.demo;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Random;
import java.util.UUID;

/** Seeded randomness in the shapes the scripts need, so the same seed plans the same months. */
final class Dice {

    private final Random random;

    Dice(long seed) {
        this.random = new Random(seed);
    }

    boolean chance(double probability) {
        return random.nextDouble() < probability;
    }

    int between(int fromInclusive, int toInclusive) {
        return fromInclusive + random.nextInt(toInclusive - fromInclusive + 1);
    }

    Duration minutes(int from, int to) {
        return Duration.ofMinutes(between(from, to));
    }

    <T> T pick(List<T> options) {
        return options.get(random.nextInt(options.size()));
    }

    /** Picks an index by weight, e.g. scores 1..5 weighted {1, 4, 10, 30, 55}. */
    int weighted(int... weights) {
        int total = 0;
        for (int weight : weights) {
            total += weight;
        }
        int roll = random.nextInt(total);
        for (int i = 0; i < weights.length; i++) {
            roll -= weights[i];
            if (roll < 0) {
                return i;
            }
        }
        return weights.length - 1;
    }

    /** How many of something happen on a day, around a mean (Poisson). */
    int count(double mean) {
        double limit = Math.exp(-mean);
        double product = random.nextDouble();
        int n = 0;
        while (product > limit) {
            product *= random.nextDouble();
            n++;
        }
        return n;
    }

    /** A moment in local office hours (08:00–18:00, busiest mid-morning) on a local day. */
    Instant officeHours(LocalDate day, ZoneId zone) {
        int minute = Math.min(599, (int) Math.abs(random.nextGaussian() * 150 + 150));
        return day.atTime(LocalTime.of(8, 0)).plusMinutes(minute).atZone(zone).toInstant();
    }

    /** An identifier that is the same for the same seed: {@code CMP-…} like the API's. */
    String id(String prefix) {
        return prefix + new UUID(random.nextLong(), random.nextLong());
    }
}
