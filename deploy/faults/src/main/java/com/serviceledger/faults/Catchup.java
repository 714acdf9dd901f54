package com.serviceledger.faults;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.serviceledger.bench.load.CommandClient;
import com.serviceledger.bench.load.CommandClient.Answer;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Waits until every event processor of the process has caught up with the store ({@code /actuator/processors}:
 * running, no error, lag 0 events), several looks in a row, because the endpoint keeps each status a moment.
 */
public final class Catchup {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int CALM_LOOKS = 4;
    private static final Duration LOOK_EVERY = Duration.ofMillis(750);

    private Catchup() {
    }

    /** @return notes worth reporting (dead letters); throws when the processors do not catch up in time */
    public static List<String> await(CommandClient client, Duration patience) throws InterruptedException {
        long deadline = System.nanoTime() + patience.toNanos();
        int calm = 0;
        String last = "no answer";
        while (true) {
            Answer answer = client.get("/actuator/processors", "admin");
            List<String> behind = new ArrayList<>();
            List<String> notes = new ArrayList<>();
            if (answer.status() == 200) {
                try {
                    for (JsonNode processor : JSON.readTree(answer.body()).path("processors")) {
                        String name = processor.path("name").asText();
                        if (!processor.path("running").asBoolean() || processor.path("errorState").asBoolean()
                                || processor.path("lagEvents").isNull() || processor.path("lagEvents").asLong() != 0) {
                            behind.add(name + " " + processor);
                        }
                        if (processor.path("deadLetters").asLong() > 0) {
                            notes.add(name + " holds " + processor.path("deadLetters").asLong() + " dead letters");
                        }
                    }
                } catch (IOException e) {
                    behind.add("unreadable answer: " + answer.body());
                }
            } else {
                behind.add("status " + answer.status());
            }
            calm = behind.isEmpty() ? calm + 1 : 0;
            if (calm >= CALM_LOOKS) {
                return notes;
            }
            if (!behind.isEmpty()) {
                last = String.join("; ", behind);
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("the processors did not catch up within " + patience + ": " + last);
            }
            Thread.sleep(LOOK_EVERY.toMillis());
        }
    }
}
