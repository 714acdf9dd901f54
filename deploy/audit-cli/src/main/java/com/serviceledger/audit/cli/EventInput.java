package com.serviceledger.audit.cli;

import com.serviceledger.query.audit.replay.JdbcEvents;
import com.serviceledger.query.audit.replay.NdjsonEvents;
import com.serviceledger.query.audit.replay.ReplayException;
import com.serviceledger.query.audit.replay.ExportedEvent;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Where the events come from: an export file ({@code --input}, NDJSON) or the live JDBC event store
 * ({@code --jdbc-url}, {@code --jdbc-user}, {@code --jdbc-password}; H2 or PostgreSQL), never both.
 */
final class EventInput {

    static final Set<String> OPTIONS = Set.of("input", "jdbc-url", "jdbc-user", "jdbc-password");

    private final Path file;
    private final String jdbcUrl;
    private final String user;
    private final String password;

    private EventInput(Path file, String jdbcUrl, String user, String password) {
        this.file = file;
        this.jdbcUrl = jdbcUrl;
        this.user = user;
        this.password = password;
    }

    static EventInput of(Options options) {
        String input = options.get("input");
        String url = options.get("jdbc-url");
        if ((input == null) == (url == null)) {
            throw new UsageException("give either --input <export.ndjson> or --jdbc-url <url>");
        }
        if (url == null && (options.has("jdbc-user") || options.has("jdbc-password"))) {
            throw new UsageException("--jdbc-user and --jdbc-password go with --jdbc-url");
        }
        if (input != null) {
            Path file = Path.of(input);
            if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
                throw new UsageException("--input: no readable file " + input);
            }
            return new EventInput(file, null, null, null);
        }
        if (!url.startsWith("jdbc:")) {
            throw new UsageException("--jdbc-url must be a JDBC URL (jdbc:h2:… or jdbc:postgresql://…)");
        }
        return new EventInput(null, url, options.get("jdbc-user", ""), options.get("jdbc-password", ""));
    }

    /** Hands every event to {@code each}, in global order. */
    void forEach(Consumer<ExportedEvent> each) {
        if (file != null) {
            try (BufferedReader lines = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                NdjsonEvents.read(lines, each);
            } catch (IOException e) {
                throw new ReplayException("cannot read " + file + ": " + e.getMessage(), e);
            }
            return;
        }
        // a read-only look at the store: never create an H2 database that was not there
        String url = jdbcUrl.startsWith("jdbc:h2:") && !jdbcUrl.toUpperCase().contains("IFEXISTS")
                && !jdbcUrl.startsWith("jdbc:h2:mem:") ? jdbcUrl + ";IFEXISTS=TRUE" : jdbcUrl;
        try (Connection connection = DriverManager.getConnection(url, user, password)) {
            connection.setReadOnly(true);
            JdbcEvents.read(connection, each);
        } catch (SQLException e) {
            // an H2 file store is locked while the application runs (no AUTO_SERVER): say what to do
            String hint = e.getErrorCode() == 90020 ? " (stop the application using it, or export the period"
                    + " with GET /api/audit/export and use --input)" : "";
            throw new ReplayException("cannot read the event store at " + jdbcUrl + ": " + e.getMessage() + hint, e);
        }
    }

    String describe() {
        return file != null ? file.toString() : jdbcUrl;
    }
}
