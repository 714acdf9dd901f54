package com.serviceledger.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class BenchFigureTest {

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void theRebuildRatioIsAPercentageOfTheRawBulkCeilingWithItsGoal() throws Exception {
        JsonNode rebuild = json.readTree("""
                {"runs":[{"events":100000}],"summary":{"rebuildEventsPerSecond":{"median":5000,"min":4000,"max":6000},
                 "rawEventsPerSecond":{"median":20000,"min":19000,"max":21000},
                 "ratio":{"median":0.25,"min":0.2,"max":0.3}},
                 "append":{"events":100000,"eventsPerSecond":9000,"rawInsertRowsPerSecond":20000,"ratio":0.45}}""");
        assertThat(BenchFigure.ofRebuild(rebuild)).containsExactly(
                new BenchFigure("rebuild events/s (100000 events)", 5000, 4000, 6000, ""),
                new BenchFigure("raw _bulk events/s equivalent (ceiling)", 20000, 19000, 21000, ""),
                new BenchFigure("rebuild ÷ raw bulk, %", 25.0, 20.0, 30.0, "≥ 60"),
                new BenchFigure("event-store append events/s (EventStore.publish, batches)", 9000, 9000, 9000, ""),
                new BenchFigure("raw JDBC batch insert rows/s, same rows and batches", 20000, 20000, 20000, ""),
                new BenchFigure("event-store append ÷ raw insert, %", 45.0, 45.0, 45.0, ""));
    }

    @Test
    void aReusedStoreHasNoAppendFigures() throws Exception {
        JsonNode rebuild = json.readTree("""
                {"runs":[{"events":100000}],"summary":{},
                 "append":{"events":100000,"eventsPerSecond":null,"reused":true,"rawInsertRowsPerSecond":null,"ratio":null}}""");
        assertThat(BenchFigure.ofRebuild(rebuild)).filteredOn(f -> f.figure().startsWith("event-store"))
                .allMatch(f -> Double.isNaN(f.median()));
    }

    @Test
    void metricsWithoutTheCacheCountAndOnlyTheDepartmentGroupingsCarryTheGoal() throws Exception {
        JsonNode first = json.readTree("""
                {"documents":{"complaints":1000},"latencies":[
                 {"name":"node floor: complaints by department and month (computed every time)","p50Ms":80,"p99Ms":90},
                 {"name":"complaint-rate by department and month (computed every time)","p50Ms":100,"p99Ms":140},
                 {"name":"complaint-rate by department and month (request cache on)","p50Ms":5,"p99Ms":9},
                 {"name":"complaint-rate for one subsidiary by month (computed every time)","p50Ms":30,"p99Ms":40}]}""");
        JsonNode second = json.readTree("""
                {"documents":{"complaints":1000},"latencies":[
                 {"name":"complaint-rate by department and month (computed every time)","p50Ms":120,"p99Ms":200}]}""");
        JsonNode third = json.readTree("""
                {"documents":{"complaints":1000},"latencies":[
                 {"name":"complaint-rate by department and month (computed every time)","p50Ms":110,"p99Ms":160}]}""");
        List<BenchFigure> figures = BenchFigure.ofMetrics(List.of(first, second, third));

        assertThat(figures).hasSize(6).noneMatch(f -> f.figure().contains("cache on"));
        assertThat(figures).filteredOn(f -> !f.goal().isEmpty()).containsExactly(new BenchFigure(
                "complaint-rate by department and month, p99 ms (1000 complaints)", 160, 140, 200, "< 300"));
    }

    @Test
    void aFigureAHarnessDidNotMeasureShowsAsMissingNotZero() throws Exception {
        JsonNode load = json.readTree("""
                {"figures":{"sustained commands/s (2xx, closed loop)":{"median":60,"min":50,"max":70},
                 "peak RSS MiB (VmHWM)":{"median":"NaN","min":"NaN","max":"NaN"}}}""");
        List<BenchFigure> figures = new ArrayList<>(BenchFigure.ofLoad(load));
        String md = BenchFigure.markdown(json.readTree("{\"measuredAt\":\"now\",\"scale\":\"quick\"}"), figures);

        assertThat(md).contains("| sustained commands/s over HTTP | 60.0 | 50.0 | 70.0 |  |")
                .contains("| peak RSS MiB of the standalone process | – | – | – |  |")
                .contains("| append ÷ raw insert, % | – | – | – | ≥ 40 |");
    }
}
