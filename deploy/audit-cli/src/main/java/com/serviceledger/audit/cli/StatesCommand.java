package com.serviceledger.audit.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.serviceledger.query.audit.replay.ReplayedViews;
import com.serviceledger.query.view.SequencedView;
import java.io.PrintStream;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code states}: the folded view documents, one JSON line each ({@code {"view":"complaint","id":…,
 * "document":{…the document as the view's index holds it…}}}); all of them, or one case's.
 */
final class StatesCommand implements Command {

    private static final ObjectMapper JSON = ReplayedViews.documentMapper();

    @Override
    public String usage() {
        return """
                  states  (--input <export.ndjson> | --jdbc-url <url> [--jdbc-user <u>] [--jdbc-password <p>])
                          [--case <CMP-…|SRQ-…|RAT-…|RCT-…|INS-…|IMP-…|INC-…|EPL-…>]
                          prints the replayed view documents as JSON lines""";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) {
        Options options = Options.parse(args, union(EventInput.OPTIONS, Set.of("case")), Set.of());
        EventInput input = EventInput.of(options);
        String caseId = options.get("case");
        if (caseId != null && caseId.isBlank()) {
            throw new UsageException("--case must name a case");
        }
        ReplayedViews views = new ReplayedViews();
        input.forEach(views::fold);
        views.problems().forEach(problem -> err.println("warning: " + problem));
        if (caseId != null) {
            Map.Entry<ReplayedViews.Kind, SequencedView> found = views.find(caseId);
            if (found == null) {
                err.println("audit-cli states: no case " + caseId + " in " + input.describe());
                return AuditCli.INPUT_FAILED;
            }
            out.println(line(found.getKey(), found.getValue()));
            return AuditCli.OK;
        }
        for (ReplayedViews.Kind kind : ReplayedViews.Kind.values()) {
            views.of(kind).values().forEach(view -> out.println(line(kind, view)));
        }
        return AuditCli.OK;
    }

    private static String line(ReplayedViews.Kind kind, SequencedView view) {
        ObjectNode line = JSON.createObjectNode();
        line.put("view", kind.label());
        line.put("id", view.viewId());
        line.set("document", JSON.valueToTree(view));
        try {
            return JSON.writeValueAsString(line);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static Set<String> union(Set<String> a, Set<String> b) {
        java.util.Set<String> all = new java.util.HashSet<>(a);
        all.addAll(b);
        return all;
    }
}
