package com.serviceledger.bench;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import java.io.IOException;
import java.io.StringReader;
import java.util.Arrays;

/**
 * The node's own floor for a metric: one grouped search over the complaint view, timed through the Java
 * client without our HTTP layer. It is the complaint half of complaint-rate by department and month (the
 * same aggregations {@code PeriodCounts} sends), so a metric's latency divided by it shows what the query
 * side adds: the other searches of the metric, the WebFlux layer, the JSON answer.
 */
final class NodeProbe {

    private final ElasticsearchClient client;

    NodeProbe(ElasticsearchClient client) {
        this.client = client;
    }

    LatencyProbe.Latency measure(String name, String alias, String from, String to, int iterations)
            throws IOException {
        String body = """
                {"size":0,"query":{"bool":{"filter":[{"range":{"receivedDate":{"format":"strict_date",
                 "gte":"%s","lt":"%s"}}}]}},
                 "aggs":{"groups":{"terms":{"field":"departmentId","missing":"__none__","size":81},
                  "aggs":{"periods":{"terms":{"field":"receivedMonth","size":27},
                   "aggs":{"dismissed":{"filter":{"term":{"dismissed":true}}}}}}}}}"""
                .formatted(from, to);
        for (int i = 0; i < Math.max(5, iterations / 10); i++) {
            search(alias, body);
        }
        double[] millis = new double[iterations];
        for (int i = 0; i < iterations; i++) {
            long started = System.nanoTime();
            search(alias, body);
            millis[i] = (System.nanoTime() - started) / 1e6;
        }
        Arrays.sort(millis);
        return new LatencyProbe.Latency(name, alias + "/_search", iterations, LatencyProbe.percentile(millis, 50),
                LatencyProbe.percentile(millis, 95), LatencyProbe.percentile(millis, 99),
                Math.round(millis[millis.length - 1] * 10) / 10.0, body.length());
    }

    private void search(String alias, String body) throws IOException {
        client.search(s -> s.index(alias).withJson(new StringReader(body)), Void.class);
    }
}
