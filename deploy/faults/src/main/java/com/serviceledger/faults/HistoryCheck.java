package com.serviceledger.faults;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.serviceledger.query.audit.replay.ExportedEvent;
import com.serviceledger.query.audit.replay.ReplayedHistory;
import com.serviceledger.query.audit.replay.ReplayedViews;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The event history data stream equals the history of the store: one document per stored event, with the event's
 * id, built offline by {@link ReplayedHistory} (the projection's own document builder) and compared with
 * {@link ViewCheck#difference} as the views are. The offline documents are built one at a time and dropped once
 * compared; the stored ones are taken out of the map as they are matched, so what is left was never stored.
 */
public final class HistoryCheck {

    /** The query side's default data stream, which the standalone system keeps. */
    public static final String DATA_STREAM = "sq-history";
    private static final ObjectMapper JSON = ReplayedViews.documentMapper();

    /**
     * @param documents   documents read from the data stream
     * @param differences the first few differences, up to the limit asked for
     * @param problems    events the offline history could not read (no document expected for them)
     */
    record Result(long documents, long compared, long mismatched, List<String> differences, List<String> problems) {
    }

    private HistoryCheck() {
    }

    static Result check(ViewIndexReader reader, List<ExportedEvent> events, int limit)
            throws IOException, InterruptedException {
        reader.refresh(DATA_STREAM);
        List<String> readAgain = new ArrayList<>();
        Map<String, JsonNode> stored = reader.documents(DATA_STREAM, readAgain::add);
        return compare(stored, readAgain, events, limit);
    }

    /**
     * @param stored    the data stream's documents by id (emptied: each compared one is taken out)
     * @param readAgain ids read more than once (each a second document of one event)
     */
    static Result compare(Map<String, JsonNode> stored, List<String> readAgain, List<ExportedEvent> events,
                          int limit) {
        ReplayedHistory history = new ReplayedHistory();
        List<String> differences = new ArrayList<>();
        long documents = stored.size() + readAgain.size();
        long compared = readAgain.size();
        long mismatched = readAgain.size();
        readAgain.forEach(id -> note(differences, limit, id, "stored more than once in " + DATA_STREAM));
        for (ExportedEvent event : events) {
            for (ReplayedHistory.Document expected : history.of(event)) {
                compared++;
                JsonNode document = stored.remove(expected.eventId());
                String difference = document == null
                        ? "missing from " + DATA_STREAM + " (" + event.aggregateType() + " " + event.aggregateId()
                                + ", sequence " + event.sequence() + ")"
                        : ViewCheck.difference("", JSON.valueToTree(expected.source()), document);
                if (difference != null) {
                    mismatched++;
                    note(differences, limit, expected.eventId(), difference);
                }
            }
        }
        for (Map.Entry<String, JsonNode> extra : stored.entrySet()) {
            compared++;
            mismatched++;
            note(differences, limit, extra.getKey(), "in " + DATA_STREAM + " but no stored event makes it ("
                    + extra.getValue().path("event").path("type").asText() + ")");
        }
        stored.clear();
        List<String> problems = history.problems().stream().map(problem -> "history: " + problem).toList();
        return new Result(documents, compared, mismatched, differences, problems);
    }

    private static void note(List<String> differences, int limit, String eventId, String difference) {
        if (differences.size() < limit) {
            differences.add("history " + eventId + ": " + difference);
        }
    }
}
