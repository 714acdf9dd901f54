package com.serviceledger.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/** The machine a report was measured on: figures mean nothing without it. */
public final class BenchMachine {

    private BenchMachine() {
    }

    public static Map<String, Object> describe() {
        Map<String, Object> machine = new LinkedHashMap<>();
        machine.put("cores", Runtime.getRuntime().availableProcessors());
        machine.put("cpu", firstValue(Path.of("/proc/cpuinfo"), "model name"));
        machine.put("memoryMb", kilobytes(Path.of("/proc/meminfo"), "MemTotal:") / 1024);
        machine.put("maxHeapMb", Runtime.getRuntime().maxMemory() >> 20);
        machine.put("loadAverageAtStart", firstLine(Path.of("/proc/loadavg")));
        machine.put("java", System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ")");
        machine.put("os", System.getProperty("os.name") + " " + System.getProperty("os.version"));
        return machine;
    }

    private static String firstValue(Path file, String key) {
        try {
            return Files.readAllLines(file).stream().filter(line -> line.startsWith(key))
                    .map(line -> line.substring(line.indexOf(':') + 1).trim()).findFirst().orElse("unknown");
        } catch (IOException e) {
            return "unknown";
        }
    }

    private static long kilobytes(Path file, String key) {
        String value = firstValue(file, key).replaceAll("[^0-9]", "");
        return value.isEmpty() ? -1 : Long.parseLong(value);
    }

    private static String firstLine(Path file) {
        try {
            return Files.readAllLines(file).stream().findFirst().orElse("unknown");
        } catch (IOException e) {
            return "unknown";
        }
    }
}
