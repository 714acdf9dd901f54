package com.serviceledger.bench.rebuild;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * CPU time of this process, and of the embedded node's threads (their names carry {@code elasticsearch[}),
 * over a phase. The node's threads live as long as the node; the rebuild's workers end with the rebuild,
 * and a thread's CPU time is gone when it ends, so the rest of the process (the processor reading the store,
 * deserializing, folding, serializing) is the process's total minus the node's. A node near the machine's
 * cores limits at the index; a process far below them is waiting (or starved by other processes).
 */
final class CpuSample {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private final Map<Long, Long> nanosByThread = new LinkedHashMap<>();
    private final Map<Long, String> categoryByThread = new LinkedHashMap<>();
    private final long wallNanos = System.nanoTime();
    private final long processNanos = ((com.sun.management.OperatingSystemMXBean)
            ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();

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
        return "other";
    }

    /** Cores busy on average since {@code earlier}: the whole process, the node, and the rest. */
    Map<String, Double> coresSince(CpuSample earlier) {
        double node = 0;
        for (Map.Entry<Long, Long> thread : nanosByThread.entrySet()) {
            if ("node".equals(categoryByThread.get(thread.getKey()))) {
                node += (thread.getValue() - earlier.nanosByThread.getOrDefault(thread.getKey(), 0L)) / 1e9;
            }
        }
        double process = (processNanos - earlier.processNanos) / 1e9;
        double wall = (wallNanos - earlier.wallNanos) / 1e9;
        Map<String, Double> cores = new LinkedHashMap<>();
        cores.put("process", Math.round(process / wall * 100) / 100.0);
        cores.put("node", Math.round(node / wall * 100) / 100.0);
        cores.put("rest", Math.round((process - node) / wall * 100) / 100.0);
        return cores;
    }
}
