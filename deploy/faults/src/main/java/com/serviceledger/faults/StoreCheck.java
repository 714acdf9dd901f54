package com.serviceledger.faults;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.serviceledger.bench.load.CommandClient;
import com.serviceledger.bench.load.CommandClient.Answer;
import com.serviceledger.query.audit.replay.ExportedEvent;
import com.serviceledger.query.audit.replay.NdjsonEvents;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads the whole event store the way an auditor does ({@code GET /api/audit/export}, NDJSON, as
 * {@code auditor}) and checks it against what the load recorded:
 * <ul>
 * <li>every acknowledged command has events on its case, found by the correlation id it was sent with, and every
 * case the command side was to open from it (an inspection's rectifications, opened by the relay) is open;</li>
 * <li>no command took effect twice: within one correlation id, no two events of one type on one aggregate, and a
 * creating command made one case of its type (run twice, it makes a second one); no timer checkpoint (a warning or
 * breach: same aggregate, type and payload apart from its own moments) recorded twice;</li>
 * <li>every refused command left nothing;</li>
 * <li>the hash chain of every case verifies ({@code GET /api/audit/verification}).</li>
 * </ul>
 */
public final class StoreCheck {

    /** The whole store: the export and the verification take a window, and events are stamped when appended. */
    static final String ALL_TIME = "from=2000-01-01&to=2100-01-01";
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Events a timer (not a command) records: a correlation id may carry several of them, one per checkpoint. */
    private static final Pattern TIMER_OUTCOME = Pattern.compile(".*\\.[A-Za-z]*(Warning|Breach)[A-Za-z]*$");
    private static final int EXAMPLES = 10;

    private StoreCheck() {
    }

    /** Every stored event, in global order. */
    public static List<ExportedEvent> export(CommandClient client) {
        Answer answer = client.get("/api/audit/export?" + ALL_TIME, "auditor");
        if (answer.status() != 200) {
            throw new IllegalStateException("the export answered " + answer.status() + ": " + answer.body());
        }
        List<ExportedEvent> events = new ArrayList<>();
        NdjsonEvents.read(new BufferedReader(new StringReader(answer.body())), events::add);
        return events;
    }

    public static Findings check(CommandClient client, List<ExportedEvent> events, RecordingLoad.LoadSummary load) {
        Map<String, List<ExportedEvent>> byCorrelation = new HashMap<>();
        for (ExportedEvent event : events) {
            byCorrelation.computeIfAbsent(correlation(event), c -> new ArrayList<>()).add(event);
        }
        List<String> examples = new ArrayList<>();
        long lost = 0;
        for (Ack ack : load.acks()) {
            boolean found = byCorrelation.getOrDefault(ack.correlationId(), List.of()).stream()
                    .anyMatch(e -> e.aggregateId().equals(ack.caseId()));
            if (!found) {
                lost++;
                example(examples, "lost: " + ack);
            }
        }
        Set<String> openedCases = new HashSet<>();
        events.stream().filter(e -> e.sequence() == 0).forEach(e -> openedCases.add(e.aggregateId()));
        for (Ack ack : load.acks()) {
            for (String opened : ack.opens()) {
                if (!openedCases.contains(opened)) {
                    lost++;
                    example(examples, "never opened: " + opened + ", named by " + ack);
                }
            }
        }
        long refusedButStored = 0;
        for (Refusal refusal : load.refusals()) {
            List<ExportedEvent> stored = byCorrelation.getOrDefault(refusal.correlationId(), List.of());
            if (!stored.isEmpty()) {
                refusedButStored += stored.size();
                example(examples, "refused but stored " + stored.size() + " event(s): " + refusal + ", first "
                        + describe(stored.getFirst()));
            }
        }
        Map<String, List<ExportedEvent>> effects = new LinkedHashMap<>();
        for (ExportedEvent event : events) {
            effects.computeIfAbsent(effectKey(event), k -> new ArrayList<>()).add(event);
        }
        long duplicated = createdTwice(byCorrelation, load.acks(), examples);
        for (List<ExportedEvent> same : effects.values()) {
            if (same.size() > 1) {
                duplicated += same.size() - 1;
                example(examples, "stored " + same.size() + " times: " + describe(same.getFirst()) + " and "
                        + describe(same.get(1)));
            }
        }
        Answer verification = client.get("/api/audit/verification?" + ALL_TIME, "auditor");
        long broken;
        long cases;
        try {
            JsonNode result = JSON.readTree(verification.body());
            cases = result.path("cases").asLong();
            broken = cases - result.path("intact").asLong();
            result.path("broken").forEach(b -> example(examples, "chain broken: " + b));
        } catch (IOException e) {
            throw new IllegalStateException("the verification answered " + verification.status() + ": "
                    + verification.body(), e);
        }
        return new Findings(events.size(), lost, duplicated, refusedButStored, cases, broken, examples);
    }

    /**
     * Cases made twice by one acknowledged creating command: beside the case it answered with, another new case of
     * the same type under its correlation id. Cases of other types opened under it (a relay's rectifications, a
     * quality month) are that command's consequences, each opened once by its own id.
     */
    static long createdTwice(Map<String, List<ExportedEvent>> byCorrelation, List<Ack> acks, List<String> examples) {
        long extra = 0;
        for (Ack ack : acks) {
            List<ExportedEvent> conversation = byCorrelation.getOrDefault(ack.correlationId(), List.of());
            String createdType = conversation.stream()
                    .filter(e -> e.sequence() == 0 && e.aggregateId().equals(ack.caseId()))
                    .map(ExportedEvent::aggregateType).findFirst().orElse(null);
            if (createdType == null) {
                continue;
            }
            List<String> cases = conversation.stream()
                    .filter(e -> e.sequence() == 0 && e.aggregateType().equals(createdType))
                    .map(ExportedEvent::aggregateId).distinct().toList();
            if (cases.size() > 1) {
                extra += cases.size() - 1;
                example(examples, "one command made " + cases.size() + " cases: " + cases + " (" + ack + ")");
            }
        }
        return extra;
    }

    /**
     * What one execution of a command yields at most once. A command's events: (correlation, aggregate type,
     * event type, aggregate). A timer's: (aggregate, event type, payload without its own moments, which tell the
     * checkpoint apart: target, percent, due time). A creating command run twice is {@link #createdTwice}.
     */
    static String effectKey(ExportedEvent event) {
        if (TIMER_OUTCOME.matcher(event.payloadType()).matches()) {
            ObjectNode checkpoint = event.payload().deepCopy();
            List<String> moments = new ArrayList<>();
            checkpoint.fieldNames().forEachRemaining(name -> {
                if (name.endsWith("At") && !name.equals("dueAt")) {
                    moments.add(name);
                }
            });
            checkpoint.remove(moments);
            return "timer|" + event.aggregateId() + "|" + event.payloadType() + "|" + checkpoint;
        }
        return "command|" + correlation(event) + "|" + event.aggregateType() + "|" + event.payloadType() + "|"
                + event.aggregateId();
    }

    static String correlation(ExportedEvent event) {
        JsonNode metadata = event.metadata();
        return metadata == null ? "" : metadata.path("correlationId").asText("");
    }

    private static String describe(ExportedEvent event) {
        return event.payloadType().substring(event.payloadType().lastIndexOf('.') + 1) + " of " + event.aggregateId()
                + " #" + event.sequence() + " (global " + event.globalIndex() + ", correlation " + correlation(event)
                + ")";
    }

    private static void example(List<String> examples, String text) {
        if (examples.size() < EXAMPLES) {
            examples.add(text);
        }
    }

    /**
     * @param casesVerified cases whose hash chain was checked; {@code chainBroken} of them do not verify
     */
    public record Findings(long events, long eventsLost, long eventsDuplicated, long refusedButStored,
                           long casesVerified, long chainBroken, List<String> examples) {
    }
}
