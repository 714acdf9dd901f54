package com.serviceledger.faults.split;

import java.nio.file.Path;

/**
 * The exec jars of the two sides, built by {@code command-side} and {@code query-side} in the same reactor. Paths are
 * relative to the working directory (the project root under {@code spring-boot:run}); the module's tests pass absolute
 * ones as system properties.
 */
final class SplitJars {

    private static final String VERSION = "0.1.0-SNAPSHOT";

    private SplitJars() {
    }

    static Path commandSide() {
        return Path.of(System.getProperty("faults.command-jar",
                "command-side/target/command-side-" + VERSION + "-exec.jar"));
    }

    static Path querySide() {
        return Path.of(System.getProperty("faults.query-jar", "query-side/target/query-side-" + VERSION + "-exec.jar"));
    }
}
