package com.serviceledger.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.Base64;
import java.util.regex.Pattern;

/** Times one GET over real HTTP: warm-up first, then every call; any non-200 fails the bench. */
final class LatencyProbe {

    /** A bucket with a non-zero denominator. */
    private static final Pattern COUNTED_SOMETHING = Pattern.compile("\"denominator\":[1-9]");

    static final String USER = "bench-analyst";
    static final String PASSWORD = "bench";
    private static final String CREDENTIALS = "Basic " + Base64.getEncoder()
            .encodeToString((USER + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    record Latency(String name, String path, int calls, double p50Ms, double p95Ms, double p99Ms, double maxMs,
                   int responseBytes) {
    }

    Latency measure(String name, String baseUrl, String path, int iterations) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl + path)).timeout(Duration.ofSeconds(60))
                .header("Authorization", CREDENTIALS).GET()
                .build();
        int bytes = 0;
        for (int i = 0; i < Math.max(5, iterations / 10); i++) {
            String body = call(request);
            bytes = body.length();
            if (!COUNTED_SOMETHING.matcher(body).find()) {
                throw new IllegalStateException(path + " counted nothing: the bench would time empty answers");
            }
        }
        double[] millis = new double[iterations];
        for (int i = 0; i < iterations; i++) {
            long started = System.nanoTime();
            call(request);
            millis[i] = (System.nanoTime() - started) / 1e6;
        }
        Arrays.sort(millis);
        return new Latency(name, path, iterations, percentile(millis, 50), percentile(millis, 95),
                percentile(millis, 99), Math.round(millis[millis.length - 1] * 10) / 10.0, bytes);
    }

    private String call(HttpRequest request) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException(request.uri() + " answered " + response.statusCode() + ": "
                    + response.body());
        }
        return response.body();
    }

    /** Nearest-rank percentile of sorted values. */
    static double percentile(double[] sorted, int percent) {
        int rank = (int) Math.ceil(percent / 100.0 * sorted.length);
        return Math.round(sorted[Math.max(0, rank - 1)] * 10) / 10.0;
    }
}
