package com.serviceledger.platform.notification;

import com.serviceledger.kernel.notification.NotificationChannel;
import com.serviceledger.kernel.notification.NotificationKind;
import com.serviceledger.platform.security.Scope;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;

/**
 * The delivery table ({@code notification_delivery}, {@code notification_attempt}; Flyway V9), shared by the
 * notification processor that plans rows, the channels' senders that claim and settle them, and the inbox that
 * reads them. Plain JDBC in the caller's transaction (the processor's, so planned rows and its token commit
 * together). Statements are portable between H2 and PostgreSQL.
 */
public class NotificationStore {

    static final String COLUMNS = "id, seq, event_id, recipient, channel, kind, case_id, subsidiary_id, "
            + "department_id, staff_id, address, language, payload, occurred_at, created_at, state, attempts, "
            + "next_attempt_at, delivered_at, read_at, last_error";

    private static final RowMapper<Delivery> DELIVERY = NotificationStore::delivery;

    private final JdbcTemplate jdbc;

    public NotificationStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Inserts the row unless the (event, recipient, channel) has one: a replayed event plans nothing new. Not a
     * plain insert that fails on the key, since a failed statement aborts a PostgreSQL transaction.
     *
     * @return whether the row is new
     */
    public boolean plan(Delivery d) {
        return jdbc.update("INSERT INTO notification_delivery (id, event_id, recipient, channel, kind, case_id, "
                        + "subsidiary_id, department_id, staff_id, address, language, payload, occurred_at, created_at, "
                        + "state, attempts, next_attempt_at, delivered_at) "
                        + "SELECT ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ? FROM (VALUES (0)) one "
                        + "WHERE NOT EXISTS (SELECT 1 FROM notification_delivery "
                        + "WHERE event_id = ? AND recipient = ? AND channel = ?)",
                d.id(), d.eventId(), d.recipient(), d.channel().name(), d.kind().name(), d.caseId(),
                d.subsidiaryId(), d.departmentId(), d.staffId(), d.address(), d.language(), d.payload(),
                d.occurredAt().toEpochMilli(), d.createdAt().toEpochMilli(), d.state().name(),
                d.nextAttemptAt().toEpochMilli(), millis(d.deliveredAt()),
                d.eventId(), d.recipient(), d.channel().name()) == 1;
    }

    /**
     * Claims up to {@code limit} rows of the channel that are due (pending and due, or sending with a lapsed
     * lease: their sender died), each by a conditional update so that two senders never claim the same row. An
     * attempt is counted when it is settled.
     */
    public List<Delivery> claimDue(NotificationChannel channel, Instant now, int limit, Duration lease) {
        long at = now.toEpochMilli();
        List<String> due = jdbc.queryForList("SELECT id FROM notification_delivery WHERE channel = ? AND "
                        + "((state = 'PENDING' AND next_attempt_at <= ?) OR (state = 'SENDING' AND lease_until < ?)) "
                        + "ORDER BY next_attempt_at, seq FETCH FIRST " + Math.max(1, limit) + " ROWS ONLY",
                String.class, channel.name(), at, at);
        List<Delivery> claimed = new ArrayList<>();
        for (String id : due) {
            int updated = jdbc.update("UPDATE notification_delivery SET state = 'SENDING', lease_until = ? "
                            + "WHERE id = ? AND "
                            + "((state = 'PENDING' AND next_attempt_at <= ?) OR (state = 'SENDING' AND lease_until < ?))",
                    at + lease.toMillis(), id, at, at);
            if (updated == 1) {
                find(id).ifPresent(claimed::add);
            }
        }
        return claimed;
    }

    public Optional<Delivery> find(String id) {
        return jdbc.query("SELECT " + COLUMNS + " FROM notification_delivery WHERE id = ?", DELIVERY, id).stream()
                .findFirst();
    }

    /** Handed over at the {@code attempts}-th attempt; the delivery is settled. */
    public void delivered(String id, int attempts, Instant at) {
        jdbc.update("UPDATE notification_delivery SET state = 'DELIVERED', attempts = ?, delivered_at = ?, "
                + "lease_until = NULL, last_error = NULL WHERE id = ?", attempts, at.toEpochMilli(), id);
    }

    /** The {@code attempts}-th attempt failed; tried again at {@code nextAttemptAt}. */
    public void retryAt(String id, int attempts, String error, Instant nextAttemptAt) {
        jdbc.update("UPDATE notification_delivery SET state = 'PENDING', attempts = ?, next_attempt_at = ?, "
                + "lease_until = NULL, last_error = ? WHERE id = ?", attempts, nextAttemptAt.toEpochMilli(),
                truncate(error), id);
    }

    /** Claimed but not attempted (the sender was busy): due again at {@code at}, no attempt counted. */
    public void release(String id, Instant at) {
        jdbc.update("UPDATE notification_delivery SET state = 'PENDING', next_attempt_at = ?, lease_until = NULL "
                + "WHERE id = ? AND state = 'SENDING'", at.toEpochMilli(), id);
    }

    /** Given up after {@code attempts}: no more until an admin redelivers it. */
    public void park(String id, int attempts, String error) {
        jdbc.update("UPDATE notification_delivery SET state = 'PARKED', attempts = ?, lease_until = NULL, "
                + "last_error = ? WHERE id = ?", attempts, truncate(error), id);
    }

    /** Not to be sent (the recipient cannot be reached, e.g. an erased customer). */
    public void cancel(String id, int attempts, String reason) {
        jdbc.update("UPDATE notification_delivery SET state = 'CANCELLED', attempts = ?, lease_until = NULL, "
                + "last_error = ? WHERE id = ?", attempts, truncate(reason), id);
    }

    /**
     * A parked row is due again now, with a fresh count of attempts (its attempt log keeps the earlier ones).
     *
     * @return false when the row is not parked
     */
    public boolean redeliver(String id, Instant now) {
        return jdbc.update("UPDATE notification_delivery SET state = 'PENDING', attempts = 0, next_attempt_at = ?, "
                + "lease_until = NULL WHERE id = ? AND state = 'PARKED'", now.toEpochMilli(), id) == 1;
    }

    public void recordAttempt(DeliveryAttempt attempt) {
        jdbc.update("INSERT INTO notification_attempt (delivery_id, attempt, started_at, duration_ms, status_code, "
                        + "outcome, error) VALUES (?, ?, ?, ?, ?, ?, ?)", attempt.deliveryId(), attempt.attempt(),
                attempt.startedAt().toEpochMilli(), attempt.durationMillis(), attempt.statusCode(), attempt.outcome(),
                truncate(attempt.error()));
    }

    /** The attempts at one delivery, first first. */
    public List<DeliveryAttempt> attempts(String deliveryId) {
        return jdbc.query("SELECT delivery_id, attempt, started_at, duration_ms, status_code, outcome, error "
                        + "FROM notification_attempt WHERE delivery_id = ? ORDER BY seq",
                (rs, row) -> new DeliveryAttempt(rs.getString(1), rs.getInt(2), Instant.ofEpochMilli(rs.getLong(3)),
                        rs.getLong(4), (Integer) rs.getObject(5, Integer.class), rs.getString(6), rs.getString(7)),
                deliveryId);
    }

    /** A recipient's rows, newest first ({@code before}: a seq to page back from, or null for the newest). */
    public List<Delivery> ofRecipient(String recipient, Long before, int limit) {
        return jdbc.query("SELECT " + COLUMNS + " FROM notification_delivery WHERE recipient = ? AND seq < ? "
                        + "ORDER BY seq DESC FETCH FIRST " + Math.max(1, limit) + " ROWS ONLY", DELIVERY, recipient,
                before == null ? Long.MAX_VALUE : before);
    }

    /** Every row planned for one case, in the order planned. */
    public List<Delivery> ofCase(String caseId) {
        return jdbc.query("SELECT " + COLUMNS + " FROM notification_delivery WHERE case_id = ? ORDER BY seq",
                DELIVERY, caseId);
    }

    /** The rows of all channels planned for one event. */
    public List<Delivery> ofEvent(String eventId) {
        return jdbc.query("SELECT " + COLUMNS + " FROM notification_delivery WHERE event_id = ? ORDER BY seq",
                DELIVERY, eventId);
    }

    /** Rows written after {@code seq}, in order (a live feed polls with the last one it saw). */
    public List<Delivery> after(NotificationChannel channel, long seq, int limit) {
        return jdbc.query("SELECT " + COLUMNS + " FROM notification_delivery WHERE channel = ? AND seq > ? "
                + "ORDER BY seq FETCH FIRST " + Math.max(1, limit) + " ROWS ONLY", DELIVERY, channel.name(), seq);
    }

    /** The highest seq written so far (0 for none): where a live feed starts. */
    public long lastSeq() {
        Long last = jdbc.queryForObject("SELECT MAX(seq) FROM notification_delivery", Long.class);
        return last == null ? 0 : last;
    }

    // The inbox (query side): one staff member's INBOX rows whose unit their scope covers now. A scope is a few
    // entries, so it becomes a small OR of unit conditions; a row without a unit only the group scope covers.

    /**
     * A page of the inbox: unread first, then newest first.
     *
     * @param unreadOnly only rows not read yet
     * @param before     only rows older than this seq (a stable first page while new ones arrive), or null
     */
    public List<Delivery> inbox(String staffId, Scope scope, boolean unreadOnly, Long before, int offset, int limit) {
        List<Object> args = new ArrayList<>();
        String where = inboxWhere(staffId, scope, unreadOnly, before, args);
        return jdbc.query("SELECT " + COLUMNS + " FROM notification_delivery WHERE " + where
                        + " ORDER BY CASE WHEN read_at IS NULL THEN 0 ELSE 1 END, seq DESC OFFSET "
                        + Math.max(0, offset) + " ROWS FETCH FIRST " + Math.max(1, limit) + " ROWS ONLY",
                DELIVERY, args.toArray());
    }

    /** How many rows {@link #inbox} pages through. */
    public long inboxCount(String staffId, Scope scope, boolean unreadOnly, Long before) {
        List<Object> args = new ArrayList<>();
        String where = inboxWhere(staffId, scope, unreadOnly, before, args);
        Long count = jdbc.queryForObject("SELECT COUNT(*) FROM notification_delivery WHERE " + where, Long.class,
                args.toArray());
        return count == null ? 0 : count;
    }

    /**
     * Marks one inbox row read at {@code at} unless it is read already (the first reading stays).
     *
     * @return the row as it is now; empty when it is not this staff member's or lies outside the scope
     */
    public Optional<Delivery> markRead(String id, String staffId, Scope scope, Instant at) {
        List<Object> args = new ArrayList<>(List.of(at.toEpochMilli(), id));
        String where = inboxWhere(staffId, scope, true, null, args);
        jdbc.update("UPDATE notification_delivery SET read_at = ? WHERE id = ? AND " + where, args.toArray());
        List<Object> find = new ArrayList<>(List.of(id));
        String mine = inboxWhere(staffId, scope, false, null, find);
        return jdbc.query("SELECT " + COLUMNS + " FROM notification_delivery WHERE id = ? AND " + mine, DELIVERY,
                find.toArray()).stream().findFirst();
    }

    /**
     * Marks every unread inbox row of the staff member within the scope read ({@code before}: only rows older than
     * that seq, so what arrived after the client's page stays unread).
     *
     * @return how many rows were marked
     */
    public int markAllRead(String staffId, Scope scope, Long before, Instant at) {
        List<Object> args = new ArrayList<>(List.of(at.toEpochMilli()));
        String where = inboxWhere(staffId, scope, true, before, args);
        return jdbc.update("UPDATE notification_delivery SET read_at = ? WHERE " + where, args.toArray());
    }

    private static String inboxWhere(String staffId, Scope scope, boolean unreadOnly, Long before, List<Object> args) {
        StringBuilder where = new StringBuilder("channel = 'INBOX' AND staff_id = ?");
        args.add(staffId);
        if (unreadOnly) {
            where.append(" AND read_at IS NULL");
        }
        if (before != null) {
            where.append(" AND seq < ?");
            args.add(before);
        }
        if (scope.group()) {
            return where.toString();
        }
        List<String> units = new ArrayList<>();
        scope.subsidiaries().forEach((subsidiary, departments) -> {
            args.add(subsidiary);
            if (departments.isEmpty()) {
                units.add("subsidiary_id = ?");
            } else {
                units.add("(subsidiary_id = ? AND department_id IN ("
                        + String.join(", ", Collections.nCopies(departments.size(), "?")) + "))");
                args.addAll(departments.stream().sorted().toList());
            }
        });
        // no entry: nothing is in scope
        return where.append(units.isEmpty() ? " AND 1 = 0" : " AND (" + String.join(" OR ", units) + ")").toString();
    }

    static Delivery delivery(ResultSet rs, int row) throws SQLException {
        return new Delivery(rs.getString("id"), rs.getLong("seq"), rs.getString("event_id"),
                rs.getString("recipient"), NotificationChannel.valueOf(rs.getString("channel")),
                NotificationKind.valueOf(rs.getString("kind")), rs.getString("case_id"), rs.getString("subsidiary_id"),
                rs.getString("department_id"), rs.getString("staff_id"), rs.getString("address"),
                rs.getString("language"), rs.getString("payload"), instant(rs, "occurred_at"),
                instant(rs, "created_at"), DeliveryState.valueOf(rs.getString("state")), rs.getInt("attempts"),
                instant(rs, "next_attempt_at"), instant(rs, "delivered_at"), instant(rs, "read_at"),
                rs.getString("last_error"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        long millis = rs.getLong(column);
        return rs.wasNull() ? null : Instant.ofEpochMilli(millis);
    }

    private static Long millis(Instant instant) {
        return instant == null ? null : instant.toEpochMilli();
    }

    private static String truncate(String text) {
        return text == null || text.length() <= 1000 ? text : text.substring(0, 1000);
    }
}
