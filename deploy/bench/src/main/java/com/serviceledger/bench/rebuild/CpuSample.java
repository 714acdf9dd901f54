package com.serviceledger.bench.rebuild;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * CPU time of this JVM's threads by who they work for: the embedded node (its thread names carry
 * {@code elasticsearch[}), the rebuild's processor ({@code @rebuild-}) and everything else. The difference of
 * two samples over a phase shows which side was busy: a node near the machine's cores limits the rebuild
 * at the index, a processor near one core per worker limits it at mget, folding or serialization. Threads
 * that ended between the samples are missed.
 */
final class CpuSample {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private final Map<Long, Long> nanosByThread = new LinkedHashMap<>();
    private final Map<Long, String> categoryByThread = new LinkedHashMap<>();
    private final long wallNanos = System.nanoTime();

    static CpuSample take() {
        CpuSample sample = new CpuSample();
        for (long id : THREADS.getAllThreadIds()) {
            long cpu = THREADS.getThreadCpuTime(id);
            ThreadInfo info = THREADS.getThreadInfo(id);
            if (cpu >= 0 && info != null) {
                sample.nanosByThread.put(id, cpu);
                sample.categoryByThread.put(id, category(info.getThreadName()));
            }
        }
        return sample;
    }

    static String category(String threadName) {
        if (threadName.contains("elasticsearch[")) {
            return "node";
        }
        if (threadName.contains("@rebuild-")) {
            return "rebuildProcessor";
        }
        return "other";
    }

    /** Cores busy on average since {@code earlier}, by category, and the wall seconds between the samples. */
    Map<String, Double> coresSince(CpuSample earlier) {
        Map<String, Double> cpuSeconds = new LinkedHashMap<>();
        cpuSeconds.put("node", 0.0);
        cpuSeconds.put("rebuildProcessor", 0.0);
        cpuSeconds.put("other", 0.0);
        nanosByThread.forEach((id, nanos) -> cpuSeconds.merge(categoryByThread.get(id),
                (nanos - earlier.nanosByThread.getOrDefault(id, 0L)) / 1e9, Double::sum));
        double wall = (wallNanos - earlier.wallNanos) / 1e9;
        Map<String, Double> cores = new LinkedHashMap<>();
        cpuSeconds.forEach((category, seconds) -> cores.put(category, Math.round(seconds / wall * 100) / 100.0));
        return cores;
    }
}
