package com.serviceledger.command.notification.webhook;

import com.serviceledger.kernel.notification.NotificationKind;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;

/** The webhook subscriptions ({@code webhook_subscription}, Flyway V9): kinds and units as comma-separated lists. */
public class SubscriptionStore {

    private static final String COLUMNS = "id, url, kinds, units, secret, description, active, created_by, "
            + "created_at, version";

    private final JdbcTemplate jdbc;

    public SubscriptionStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public void create(Subscription s) {
        jdbc.update("INSERT INTO webhook_subscription (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                s.id(), s.url(), String.join(",", s.kinds().stream().map(Enum::name).toList()),
                String.join(",", s.units()), s.secret(), s.description(), s.active(), s.createdBy(),
                s.createdAt().toEpochMilli(), s.version());
    }

    public Optional<Subscription> find(String id) {
        return jdbc.query("SELECT " + COLUMNS + " FROM webhook_subscription WHERE id = ?", SubscriptionStore::row, id)
                .stream().findFirst();
    }

    /** Every subscription, active or not, oldest first. */
    public List<Subscription> all() {
        return jdbc.query("SELECT " + COLUMNS + " FROM webhook_subscription ORDER BY created_at, id",
                SubscriptionStore::row);
    }

    /** The active subscriptions, as the notification planner matches events against them. */
    public List<Subscription> active() {
        return jdbc.query("SELECT " + COLUMNS + " FROM webhook_subscription WHERE active = TRUE ORDER BY created_at, id",
                SubscriptionStore::row);
    }

    /** Deactivates it for good (the planner plans nothing more, the sender cancels what is pending). */
    public void deactivate(String id) {
        jdbc.update("UPDATE webhook_subscription SET active = FALSE, version = version + 1 "
                + "WHERE id = ? AND active = TRUE", id);
    }

    private static Subscription row(ResultSet rs, int row) throws SQLException {
        return new Subscription(rs.getString("id"), rs.getString("url"),
                list(rs.getString("kinds")).stream().map(NotificationKind::valueOf).toList(),
                list(rs.getString("units")), rs.getString("secret"), rs.getString("description"),
                rs.getBoolean("active"), rs.getString("created_by"), Instant.ofEpochMilli(rs.getLong("created_at")),
                rs.getInt("version"));
    }

    private static List<String> list(String column) {
        return column == null || column.isBlank() ? List.of()
                : Arrays.stream(column.split(",")).map(String::strip).filter(part -> !part.isEmpty()).toList();
    }
}
