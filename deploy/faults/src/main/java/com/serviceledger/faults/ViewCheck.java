package com.serviceledger.faults;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.serviceledger.elasticsearch.embedded.NodeCredential;
import com.serviceledger.query.audit.replay.ExportedEvent;
import com.serviceledger.query.audit.replay.ReplayedViews;
import com.serviceledger.query.view.SequencedView;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Each view equals the fold of the event store: the exported events are folded with {@link ReplayedViews} (what
 * the audit CLI replays) and every document behind each view alias, read from Elasticsearch directly, is compared
 * with its folded twin: the same ids (count), and field by field the same content. Call it once the processors
 * have caught up ({@link Catchup}).
 * <p>
 * Compared as JSON trees: absent and null are the same (the projections leave nulls out), numbers by value,
 * instants by the moment they name (fraction digits may differ). {@link #EXCLUDED} lists what is left out.
 */
public final class ViewCheck {

    /** The alias of each folded kind (the query side's defaults, which the standalone system keeps). */
    public static final Map<ReplayedViews.Kind, String> ALIASES = Map.ofEntries(
            Map.entry(ReplayedViews.Kind.COMPLAINT, "sq-complaints"),
            Map.entry(ReplayedViews.Kind.SERVICE_REQUEST, "sq-service-requests"),
            Map.entry(ReplayedViews.Kind.RATING, "sq-ratings"),
            Map.entry(ReplayedViews.Kind.RECTIFICATION, "sq-rectifications"),
            Map.entry(ReplayedViews.Kind.INSPECTION, "sq-inspections"),
            Map.entry(ReplayedViews.Kind.SCORECARD, "sq-scorecards"),
            Map.entry(ReplayedViews.Kind.QUALITY_MONTH, "sq-quality-months"),
            Map.entry(ReplayedViews.Kind.STAFF, "sq-staff"),
            Map.entry(ReplayedViews.Kind.SUBSIDIARY, "sq-subsidiaries"),
            Map.entry(ReplayedViews.Kind.POLICY, "sq-policies"),
            Map.entry(ReplayedViews.Kind.IMPROVEMENT_ACTION, "sq-improvement-actions"),
            Map.entry(ReplayedViews.Kind.INCIDENT, "sq-incidents"),
            Map.entry(ReplayedViews.Kind.EMERGENCY_PLAN, "sq-emergency-plans"),
            Map.entry(ReplayedViews.Kind.SATISFACTION_TARGET, "sq-satisfaction-targets"));
    /** Fields of a document the fold cannot know, with the reason: none so far. */
    static final Map<String, String> EXCLUDED = Map.of();
    private static final int DIFFERENCES = 10;
    private static final ObjectMapper VIEWS = ReplayedViews.documentMapper();

    private ViewCheck() {
    }

    /** Compares every view alias and the event history data stream ({@link HistoryCheck}) with the events. */
    public static Findings check(String elasticsearchUrl, NodeCredential credential, List<ExportedEvent> events)
            throws IOException, InterruptedException {
        ReplayedViews folded = new ReplayedViews();
        events.forEach(folded::fold);
        ViewIndexReader reader = new ViewIndexReader(elasticsearchUrl, credential);
        List<String> differences = new ArrayList<>();
        Map<String, Long> perView = new LinkedHashMap<>();
        long compared = 0;
        long mismatched = 0;
        for (ReplayedViews.Kind kind : ReplayedViews.Kind.values()) {
            String alias = ALIASES.get(kind);
            reader.refresh(alias);
            Map<String, JsonNode> stored = reader.documents(alias);
            Map<String, SequencedView> expected = folded.of(kind);
            Set<String> ids = new LinkedHashSet<>(expected.keySet());
            ids.addAll(stored.keySet());
            perView.put(alias, (long) stored.size());
            for (String id : ids) {
                compared++;
                JsonNode document = stored.get(id);
                SequencedView view = expected.get(id);
                String difference;
                if (document == null) {
                    difference = "missing from " + alias + " (the fold has it, at sequence " + view.lastSequence()
                            + ")";
                } else if (view == null) {
                    difference = "in " + alias + " but not in the fold (lastSequence "
                            + document.path("lastSequence") + ")";
                } else {
                    difference = difference("", VIEWS.valueToTree(view), document);
                }
                if (difference != null) {
                    mismatched++;
                    if (differences.size() < DIFFERENCES) {
                        differences.add(kind.label() + " " + id + ": " + difference);
                    }
                }
            }
        }
        HistoryCheck.Result history = HistoryCheck.check(reader, events, DIFFERENCES - differences.size());
        perView.put(HistoryCheck.DATA_STREAM, history.documents());
        compared += history.compared();
        mismatched += history.mismatched();
        differences.addAll(history.differences());
        List<String> problems = new ArrayList<>(folded.problems());
        problems.addAll(history.problems());
        List<String> excluded = new ArrayList<>();
        EXCLUDED.forEach((field, why) -> excluded.add(field + ": " + why));
        return new Findings(compared, mismatched, perView, differences, excluded, problems);
    }

    /** The first difference between the folded document and the stored one (path: folded vs stored), or null. */
    static String difference(String path, JsonNode folded, JsonNode stored) {
        if (absent(folded) || absent(stored)) {
            return absent(folded) && absent(stored) ? null
                    : path + ": folded " + folded + ", stored " + stored;
        }
        if (folded.isObject() && stored.isObject()) {
            Set<String> names = new LinkedHashSet<>();
            folded.fieldNames().forEachRemaining(names::add);
            stored.fieldNames().forEachRemaining(names::add);
            for (String name : names) {
                String field = path.isEmpty() ? name : path + "." + name;
                if (EXCLUDED.containsKey(field)) {
                    continue;
                }
                String difference = difference(field, folded.get(name), stored.get(name));
                if (difference != null) {
                    return difference;
                }
            }
            return null;
        }
        if (folded.isArray() && stored.isArray()) {
            if (folded.size() != stored.size()) {
                return path + ": folded " + folded + ", stored " + stored;
            }
            Iterator<JsonNode> a = folded.elements();
            Iterator<JsonNode> b = stored.elements();
            for (int i = 0; a.hasNext(); i++) {
                String difference = difference(path + "[" + i + "]", a.next(), b.next());
                if (difference != null) {
                    return difference;
                }
            }
            return null;
        }
        return same(folded, stored) ? null : path + ": folded " + folded + ", stored " + stored;
    }

    private static boolean same(JsonNode folded, JsonNode stored) {
        if (folded.isNumber() && stored.isNumber()) {
            return new BigDecimal(folded.asText()).compareTo(new BigDecimal(stored.asText())) == 0;
        }
        if (folded.isTextual() && stored.isTextual() && !folded.asText().equals(stored.asText())) {
            try {
                return Instant.parse(folded.asText()).equals(Instant.parse(stored.asText()));
            } catch (DateTimeParseException e) {
                return false;
            }
        }
        return folded.equals(stored);
    }

    private static boolean absent(JsonNode node) {
        return node == null || node.isNull() || node.isMissingNode();
    }

    /**
     * @param perView       documents read from each alias
     * @param foldProblems  events the fold could not apply (their documents stay before them, as the live views')
     */
    public record Findings(long documentsCompared, long documentsMismatched, Map<String, Long> perView,
                           List<String> differences, List<String> excludedFields, List<String> foldProblems) {
    }
}
