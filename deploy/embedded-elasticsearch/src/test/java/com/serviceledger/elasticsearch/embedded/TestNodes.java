package com.serviceledger.elasticsearch.embedded;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;
import java.util.stream.Stream;

/**
 * One node for the whole test JVM: the same one the Spring tests get with {@code shared-in-jvm=true}. It has a
 * persistent home, {@code target/test-node}, as the standalone's node has, so its credential file can be checked;
 * wiped when this class loads, so each test JVM starts on an empty node.
 */
public final class TestNodes {

    /** What the node logged, from before the first start in this JVM (the shared node logs only then). */
    private static final List<String> NODE_LOG = new CopyOnWriteArrayList<>();
    // held here: the logging framework keeps loggers only weakly
    private static final Logger NODE_LOGGER = Logger.getLogger(EmbeddedElasticsearchNode.class.getName());

    private static final Path HOME = Path.of("target", "test-node");

    static {
        wipe(HOME);
        NODE_LOGGER.addHandler(new Handler() {
            private final SimpleFormatter formatter = new SimpleFormatter();

            @Override
            public void publish(LogRecord record) {
                NODE_LOG.add(formatter.formatMessage(record));
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        });
    }

    private TestNodes() {
    }

    public static EmbeddedElasticsearchNode shared() {
        return EmbeddedElasticsearchNode.sharedInJvm(EmbeddedElasticsearchSettings.inDirectory(HOME)
            .withAdditionalSettings(Map.of("logger.level", System.getProperty("es.test.log.level", "WARN"))));
    }

    static List<String> nodeLog() {
        return List.copyOf(NODE_LOG);
    }

    private static void wipe(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot wipe the test node's home " + dir, e);
        }
    }
}
