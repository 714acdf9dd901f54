package com.serviceledger.audit.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.serviceledger.query.audit.CaseChain;
import com.serviceledger.query.audit.CaseVerification;
import com.serviceledger.query.audit.ChainBreak;
import java.io.PrintStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code verify}: recomputes every case's hash chain from the events as stored (an export, or the live store)
 * and reports the first broken link of each case, with the same reasons as {@code GET /api/audit/verification}.
 * Exit code 3 when any case is broken or unchained, so a script can act on it.
 */
final class VerifyCommand implements Command {

    static final int NOT_INTACT = 3;
    private static final ObjectMapper JSON = new ObjectMapper();

    @Override
    public String usage() {
        return """
                  verify  (--input <export.ndjson> | --jdbc-url <url> [--jdbc-user <u>] [--jdbc-password <p>])
                          [--json]
                          recomputes each case's hash chain; exit code 3 if any case is not intact""";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) {
        Options options = Options.parse(args, EventInput.OPTIONS, Set.of("json"));
        EventInput input = EventInput.of(options);
        // one small chain state per case: the events themselves are never held
        Map<String, CaseChain> chains = new LinkedHashMap<>();
        input.forEach(event -> chains.computeIfAbsent(event.aggregateId(), CaseChain::new)
                .accept(event.aggregateType(), event.sequence(), event.eventId(), event::link));

        long events = 0;
        long intact = 0;
        long unchained = 0;
        List<CaseVerification> broken = new java.util.ArrayList<>();
        for (CaseChain chain : chains.values()) {
            CaseVerification result = chain.result();
            events += result.events();
            if (result.intact()) {
                intact++;
            } else {
                if (ChainBreak.UNCHAINED.equals(result.firstBroken().reason())) {
                    unchained++;
                }
                broken.add(result);
            }
        }
        if (options.has("json")) {
            out.println(json(chains.size(), events, intact, unchained, broken));
        } else {
            out.printf("%d cases, %d events from %s: %d intact, %d not intact (%d of them unchained)%n",
                    chains.size(), events, input.describe(), intact, broken.size(), unchained);
            for (CaseVerification result : broken) {
                ChainBreak at = result.firstBroken();
                out.printf("  %s %s: sequence %d%s: %s (%s)%n", result.aggregateType(), result.aggregateId(),
                        at.sequence(), at.eventId() == null ? "" : " (event " + at.eventId() + ")", at.reason(),
                        at.detail());
            }
        }
        return broken.isEmpty() ? AuditCli.OK : NOT_INTACT;
    }

    private static String json(int cases, long events, long intact, long unchained, List<CaseVerification> broken) {
        ObjectNode root = JSON.createObjectNode();
        root.put("cases", cases);
        root.put("events", events);
        root.put("intact", intact);
        root.put("unchained", unchained);
        ArrayNode list = root.putArray("broken");
        for (CaseVerification result : broken) {
            ChainBreak at = result.firstBroken();
            list.addObject().put("aggregateType", result.aggregateType()).put("aggregateId", result.aggregateId())
                    .put("sequence", at.sequence()).put("eventId", at.eventId()).put("reason", at.reason())
                    .put("detail", at.detail());
        }
        return root.toString();
    }
}
