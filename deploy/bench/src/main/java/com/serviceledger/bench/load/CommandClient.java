package com.serviceledger.bench.load;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Sends a case's next step over HTTP Basic as the demo user of the step's role (password = name). */
public final class CommandClient {

    private static final Pattern CASE_ID = Pattern.compile(
            "\"(?:complaintId|serviceRequestId|ratingId|inspectionId|planId|incidentId|actionId)\":\"([^\"]+)\"");
    private static final Pattern LAST_SEQUENCE = Pattern.compile("\"lastSequence\":(\\d+)");

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String baseUrl;

    public CommandClient(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    public static String basic(String user) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + user).getBytes(StandardCharsets.UTF_8));
    }

    /** Sends the case's current step; on success records a new case's id. Never throws: 0 means no answer. */
    public CompletableFuture<Integer> send(DemoMix.Case kase) {
        DemoMix.Step step = kase.step();
        HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl + kase.path()))
                .timeout(Duration.ofSeconds(30))
                .header("Authorization", basic(step.user()))
                // also on bodiless steps (archive, accept, close): every command must say JSON, else 415
                .header("Content-Type", "application/json")
                .POST(step.body() == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(step.body()))
                .build();
        return http.sendAsync(request, HttpResponse.BodyHandlers.ofString()).handle((response, failure) -> {
            if (failure != null) {
                return 0;
            }
            if (response.statusCode() / 100 == 2 && kase.id() == null) {
                Matcher id = CASE_ID.matcher(response.body());
                if (!id.find()) {
                    return 0;
                }
                kase.identify(id.group(1));
            }
            return response.statusCode();
        });
    }

    /** The complaint view's last applied sequence, or -1 while the view does not have the complaint. */
    long complaintSequence(String complaintId) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl + "/api/complaints/" + complaintId))
                .timeout(Duration.ofSeconds(10)).header("Authorization", basic("supervisor")).GET().build();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                return -1;
            }
            Matcher sequence = LAST_SEQUENCE.matcher(response.body());
            return sequence.find() ? Long.parseLong(sequence.group(1)) : -1;
        } catch (java.io.IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    /**
     * POSTs a JSON body (or none, still with {@code Content-Type: application/json}, which every command needs)
     * as a demo user with extra headers (Idempotency-Key, X-Correlation-Id …) and
     * waits for the answer. Never throws for a missing answer: status 0 means none came (refused, reset, timed
     * out), so the caller cannot know whether the command took effect.
     */
    public Answer post(String path, String user, String body, Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path))
                .timeout(Duration.ofSeconds(30))
                .header("Authorization", basic(user))
                .header("Content-Type", "application/json")
                .POST(body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        headers.forEach(request::header);
        return exchange(request.build());
    }

    /** GET as a demo user; status 0 when no answer came. */
    public Answer get(String path, String user) {
        return exchange(HttpRequest.newBuilder(URI.create(baseUrl + path)).timeout(Duration.ofMinutes(2))
                .header("Authorization", basic(user)).GET().build());
    }

    private Answer exchange(HttpRequest request) {
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            return new Answer(response.statusCode(), response.body(), response.headers().map());
        } catch (java.io.IOException e) {
            return new Answer(0, e.toString(), Map.of());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Answer(0, e.toString(), Map.of());
        }
    }

    /** The case id in a creating command's answer, or null. */
    public static String caseId(String body) {
        Matcher id = CASE_ID.matcher(body == null ? "" : body);
        return id.find() ? id.group(1) : null;
    }

    /** An HTTP answer; {@code status} 0 when none came ({@code body} then names the failure). */
    public record Answer(int status, String body, Map<String, List<String>> headers) {

        public String header(String name) {
            return headers.entrySet().stream().filter(h -> h.getKey().equalsIgnoreCase(name))
                    .flatMap(h -> h.getValue().stream()).findFirst().orElse(null);
        }
    }

    /** GET as a given user; the status, or 0 when there was no answer. */
    public int status(String path, String user) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl + path)).timeout(Duration.ofSeconds(10))
                .header("Authorization", basic(user)).GET().build();
        try {
            return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (java.io.IOException e) {
            return 0;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 0;
        }
    }
}
