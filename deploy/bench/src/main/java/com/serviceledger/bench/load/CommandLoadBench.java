package com.serviceledger.bench.load;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.util.FileSystemUtils;

/**
 * Command throughput, latency at half that rate, projection lag, peak RSS and the event store's JDBC
 * ceiling, over real HTTP against the standalone system (a fresh child process per run, or {@code --url}).
 * Per run: a closed loop of {@code --clients} for the sustained rate; an open loop at 50 % of it for latency
 * and lag; VmHWM of the child; then the child is stopped and its own H2 file gives the events appended in
 * the sustained window and the raw batch-insert rate of the same rows. See {@link LoadOptions}.
 */
public final class CommandLoadBench {

    private static final Logger log = LoggerFactory.getLogger(CommandLoadBench.class);

    private CommandLoadBench() {
    }

    public static void main(String[] args) throws Exception {
        LoadOptions options = LoadOptions.parse(args);
        List<RunResult> runs = new ArrayList<>();
        for (int run = 1; run <= options.runs(); run++) {
            log.info("Run {} of {}", run, options.runs());
            RunResult result = options.startsChild() ? againstChild(options, run) : againstUrl(options);
            log.info("Run {}: {}", run, result);
            runs.add(result);
        }
        Map<String, Object> report = LoadReport.build(options, runs);
        LoadReport.write(options.out(), report);
        System.out.println(LoadReport.markdown(report));
        System.exit(0);
    }

    private static RunResult againstChild(LoadOptions options, int run) throws Exception {
        Path dataDir = options.out().resolve("load-run-" + run).toAbsolutePath();
        FileSystemUtils.deleteRecursively(dataDir);
        Files.createDirectories(options.out());
        LoadDriver.Sustained sustained;
        LoadDriver.OpenLoop halfRate;
        NotificationProbe.Result notifications;
        double peakRss;
        try (StandaloneProcess child = StandaloneProcess.start(options.jar(), options.childHeap(), dataDir,
                NotificationProbe.ENVIRONMENT); NotificationProbe probe = NotificationProbe.start()) {
            LoadDriver driver = new LoadDriver(child.baseUrl());
            CommandClient client = new CommandClient(child.baseUrl());
            probe.prepare(client);
            // filed from the start of the sustained window: their decisions fall due 30 s to 2 min later, in the load
            probe.fileDuring(client, Duration.ofSeconds(20), Duration.ofSeconds(1));
            sustained = driver.sustained(options.clients(), options.warmup(), options.duration());
            log.info("Sustained: {}", sustained);
            halfRate = driver.openLoop(sustained.commandsPerSecond() / 2, options.latencyDuration(),
                    options.lagEvery());
            log.info("Half rate: {}", halfRate);
            notifications = probe.await(Duration.ofMinutes(2));
            log.info("Notifications: {}", notifications);
            peakRss = child.peakRssMb();
        }
        try (JdbcCeiling ceiling = new JdbcCeiling(dataDir)) {
            long appended = ceiling.eventsBetween(sustained.from(), sustained.to());
            double rawInsert = ceiling.rawInsert(options.ceilingRows(), options.batch());
            double oneCommitInsert = ceiling.rawInsert(Math.min(options.ceilingRows(), 5_000), 1);
            return new RunResult(sustained, halfRate, appended, appended / (options.duration().toNanos() / 1e9),
                    peakRss, rawInsert, oneCommitInsert, notifications);
        } finally {
            FileSystemUtils.deleteRecursively(dataDir.resolve("elasticsearch"));
        }
    }

    private static RunResult againstUrl(LoadOptions options) throws InterruptedException {
        LoadDriver driver = new LoadDriver(options.url());
        LoadDriver.Sustained sustained = driver.sustained(options.clients(), options.warmup(), options.duration());
        LoadDriver.OpenLoop halfRate = driver.openLoop(sustained.commandsPerSecond() / 2,
                options.latencyDuration(), options.lagEvery());
        return new RunResult(sustained, halfRate, -1, Double.NaN, Double.NaN, Double.NaN, Double.NaN, null);
    }
}
