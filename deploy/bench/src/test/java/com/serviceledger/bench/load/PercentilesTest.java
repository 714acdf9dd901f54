package com.serviceledger.bench.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class PercentilesTest {

    private final List<Double> oneToHundred = IntStream.rangeClosed(1, 100).mapToObj(i -> (double) i).toList();

    @Test
    void nearestRankPicksTheSmallestValueWithThatShareAtOrBelowIt() {
        assertThat(Percentiles.of(oneToHundred, 50)).isEqualTo(50.0);
        assertThat(Percentiles.of(oneToHundred, 95)).isEqualTo(95.0);
        assertThat(Percentiles.of(oneToHundred, 99)).isEqualTo(99.0);
        assertThat(Percentiles.of(oneToHundred, 100)).isEqualTo(100.0);
        assertThat(Percentiles.of(List.of(7.0, 3.0, 5.0), 50)).isEqualTo(5.0);
        assertThat(Percentiles.of(List.of(7.0, 3.0, 5.0), 0)).isEqualTo(3.0);
    }

    @Test
    void aSingleSlowCallDecidesTheP99OfAHundred() {
        List<Double> values = new java.util.ArrayList<>(java.util.Collections.nCopies(99, 10.0));
        values.add(2000.0);
        assertThat(Percentiles.of(values, 99)).isEqualTo(10.0);
        values.add(2000.0);
        assertThat(Percentiles.of(values, 99)).isEqualTo(2000.0);
    }

    @Test
    void noValuesGiveNaN() {
        assertThat(Percentiles.of(List.of(), 50)).isNaN();
        assertThat(Percentiles.spread().median()).isNaN();
    }

    @Test
    void theSpreadOverRunsIsTheMedianWithMinAndMaxIgnoringUnmeasuredRuns() {
        assertThat(Percentiles.spread(30, 10, 20)).isEqualTo(new Percentiles.Spread(20, 10, 30));
        assertThat(Percentiles.spread(4, 1, 3, 2)).isEqualTo(new Percentiles.Spread(2.5, 1, 4));
        assertThat(Percentiles.spread(5, Double.NaN)).isEqualTo(new Percentiles.Spread(5, 5, 5));
        assertThat(Percentiles.spread(1.04, 1.06).median()).isEqualTo(1.1);
    }
}
