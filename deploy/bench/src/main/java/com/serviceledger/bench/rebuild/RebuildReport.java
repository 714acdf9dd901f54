package com.serviceledger.bench.rebuild;

import java.util.List;
import java.util.Map;

/**
 * What {@code rebuild-report.json} holds, and its readable summary. Rates are per second; {@code cores} are the
 * average cores busy during a phase by who used them (see {@link CpuSample}).
 */
record RebuildReport(String measuredAt, Map<String, Object> machine, Map<String, Object> setup, Append append,
                     List<Run> runs, Summary summary) {

    /**
     * The fill of the event store through Axon ({@code EventStore.publish}: serialisation, the hash chain, the
     * JDBC engine) and the same rows inserted by plain JDBC in batches of the same size; null on a reused store.
     */
    record Append(long events, Double eventsPerSecond, Double seconds, boolean reused,
                  Double rawInsertRowsPerSecond, Double ratio) {
    }

    /**
     * One rebuild and the raw bulk ceiling right after it. {@code rebuildDocumentWrites} are the index
     * operations the rebuild sent to its new index (the projection writes a document once per batch holding
     * its events), to set against the ceiling's one write per document.
     */
    record Run(int run, long events, long documents, double rebuildEventsPerSecond, double rebuildSeconds,
               double rawDocumentsPerSecond, double rawEventsPerSecond, double ratio, long rebuildDocumentWrites,
               double rebuildDocumentWritesPerSecond, long luceneSegments,
               Map<String, Double> rebuildCores, Map<String, Double> rawBulkCores) {
    }

    record Summary(Spread rebuildEventsPerSecond, Spread rawDocumentsPerSecond, Spread rawEventsPerSecond,
                   Spread ratio, double eventsPerDocument) {

        static Summary of(List<Run> runs) {
            Run first = runs.getFirst();
            return new Summary(Spread.of(runs.stream().map(Run::rebuildEventsPerSecond).toList()),
                    Spread.of(runs.stream().map(Run::rawDocumentsPerSecond).toList()),
                    Spread.of(runs.stream().map(Run::rawEventsPerSecond).toList()),
                    Spread.of(runs.stream().map(Run::ratio).toList()),
                    Math.round((double) first.events() / first.documents() * 100) / 100.0);
        }
    }

    String markdown() {
        StringBuilder md = new StringBuilder("# Complaint view rebuild rate and the raw _bulk ceiling\n\n")
                .append("Measured ").append(measuredAt).append(" on ").append(machine).append(".\n\n")
                .append("Setup: ").append(setup).append(".\n\n");
        if (append.reused()) {
            md.append("Event store: ").append("%,d".formatted(append.events()))
                    .append(" events reused from an earlier run (append not measured).\n\n");
        } else {
            md.append("Append (EventStore.publish): ").append("%,d".formatted(append.events())).append(" events in ")
                    .append("%.1f".formatted(append.seconds())).append(" s = **")
                    .append("%,.0f".formatted(append.eventsPerSecond())).append(" events/s** (one run); ")
                    .append("raw JDBC batch insert of the same rows, same batch size, same database: ")
                    .append("%,.0f".formatted(append.rawInsertRowsPerSecond())).append(" rows/s; **store append ÷ ")
                    .append("raw insert ").append("%.2f".formatted(append.ratio())).append("**.\n\n");
        }
        md.append("| figure | median (min–max) over ").append(runs.size()).append(" run(s) |\n|---|---|\n")
                .append("| rebuild, events/s (start → COMPLETED) | ").append(summary.rebuildEventsPerSecond().describe(0))
                .append(" |\n| raw _bulk, documents/s | ").append(summary.rawDocumentsPerSecond().describe(0))
                .append(" |\n| raw _bulk, events/s equivalent (× ").append(summary.eventsPerDocument())
                .append(" events/document) | ").append(summary.rawEventsPerSecond().describe(0))
                .append(" |\n| **rebuild ÷ raw bulk** | ").append(summary.ratio().describe(2)).append(" |\n\n")
                .append("| run | rebuild events/s | s | rebuild writes (per document) | rebuild writes/s | raw docs/s | ratio | Lucene segments | cores in rebuild | cores in raw bulk |\n")
                .append("|---|---|---|---|---|---|---|---|---|---|\n");
        for (Run run : runs) {
            md.append("| ").append(run.run()).append(" | ").append("%,.0f".formatted(run.rebuildEventsPerSecond()))
                    .append(" | ").append("%.1f".formatted(run.rebuildSeconds())).append(" | ")
                    .append("%,d".formatted(run.rebuildDocumentWrites())).append(" (")
                    .append("%.1f".formatted((double) run.rebuildDocumentWrites() / run.documents())).append(") | ")
                    .append("%,.0f".formatted(run.rebuildDocumentWritesPerSecond())).append(" | ")
                    .append("%,.0f".formatted(run.rawDocumentsPerSecond())).append(" | ")
                    .append("%.2f".formatted(run.ratio())).append(" | ").append(run.luceneSegments()).append(" | ")
                    .append(run.rebuildCores()).append(" | ").append(run.rawBulkCores()).append(" |\n");
        }
        return md.toString();
    }
}
