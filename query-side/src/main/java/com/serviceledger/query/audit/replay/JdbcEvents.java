package com.serviceledger.query.audit.replay;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.function.Consumer;

/**
 * Reads the live JDBC event store ({@code domainevententry}, H2 or PostgreSQL) in global order, into the
 * same records the export holds: the stored payload and metadata bytes parsed as JSON trees.
 */
public final class JdbcEvents {

    private static final String SELECT = "SELECT globalindex, eventidentifier, type, aggregateidentifier,"
            + " sequencenumber, timestamp, payloadtype, payloadrevision, payload, metadata"
            + " FROM domainevententry ORDER BY globalindex";
    private static final ObjectMapper JSON = new ObjectMapper();

    private JdbcEvents() {
    }

    public static void read(Connection connection, Consumer<ExportedEvent> each) {
        try {
            boolean autoCommit = connection.getAutoCommit();
            // PostgreSQL streams a result set in pages only inside a transaction
            connection.setAutoCommit(false);
            try (PreparedStatement statement = connection.prepareStatement(SELECT)) {
                statement.setFetchSize(1000);
                try (ResultSet rows = statement.executeQuery()) {
                    while (rows.next()) {
                        each.accept(new ExportedEvent(rows.getLong(1), rows.getString(2), rows.getString(3),
                                rows.getString(4), rows.getLong(5), rows.getString(6), rows.getString(7),
                                rows.getString(8), json(rows.getBytes(9)), json(rows.getBytes(10))));
                    }
                }
            } finally {
                connection.rollback();
                connection.setAutoCommit(autoCommit);
            }
        } catch (SQLException e) {
            throw new ReplayException("cannot read the event store: " + e.getMessage(), e);
        }
    }

    /**
     * The stored JSON as a tree; null when absent or unreadable (a damaged row): the replay then reports that
     * case and leaves it where the live view would, instead of refusing the whole store.
     */
    private static JsonNode json(byte[] stored) {
        if (stored == null) {
            return null;
        }
        try {
            return JSON.readTree(stored);
        } catch (IOException e) {
            return null;
        }
    }
}
