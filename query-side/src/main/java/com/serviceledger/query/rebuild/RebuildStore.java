package com.serviceledger.query.rebuild;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The rebuilds of all query-side replicas in their shared database (tables {@code view_rebuild_lease} and
 * {@code view_rebuild}, migration V8): a lease per view, so at most one rebuild of a view runs in the cluster,
 * and every rebuild's status, so every replica answers the admin API the same.
 *
 * <p>Every lease change is one conditional statement (insert, or update/delete where the row still holds what
 * was read): two replicas never both win. Each statement commits on its own (no surrounding transaction: a
 * refused insert must not poison one on PostgreSQL).
 */
public class RebuildStore {

    /** The rebuild holding a view's lease, the replica running it, and when that replica last renewed it. */
    public record Lease(String view, String rebuildId, String owner, Instant heartbeat) {
    }

    /** The outcome of trying to take a view's lease. */
    public sealed interface Acquisition {
    }

    /** Taken; {@code abandoned} is the stale lease taken over, if any (its rebuild is dead). */
    public record Acquired(Optional<Lease> abandoned) implements Acquisition {
    }

    /** Another rebuild holds the lease and has renewed it within the stall timeout. */
    public record Held(Lease holder) implements Acquisition {
    }

    private static final int ATTEMPTS = 5;

    private final JdbcTemplate jdbc;
    private final ObjectMapper json = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            // rows written by another version of the status (fields added or gone) still read
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    public RebuildStore(DataSource dataSource) {
        this.jdbc = new JdbcTemplate(dataSource);
    }

    /**
     * Takes the view's lease for a rebuild: inserts it, or takes over a lease whose heartbeat is older than
     * {@code staleBefore}.
     */
    public Acquisition acquire(String view, String rebuildId, String owner, Instant now, Instant staleBefore) {
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            try {
                jdbc.update("insert into view_rebuild_lease (view_name, rebuild_id, owner, heartbeat) values (?, ?, ?, ?)",
                        view, rebuildId, owner, now.toEpochMilli());
                return new Acquired(Optional.empty());
            } catch (DuplicateKeyException held) {
                Optional<Lease> current = lease(view);
                if (current.isEmpty()) {
                    continue; // released in between: insert again
                }
                Lease lease = current.get();
                if (!lease.heartbeat().isBefore(staleBefore)) {
                    return new Held(lease);
                }
                // the holder stopped renewing: take over exactly the lease read, unless someone was faster
                int taken = jdbc.update("update view_rebuild_lease set rebuild_id = ?, owner = ?, heartbeat = ?"
                                + " where view_name = ? and rebuild_id = ? and heartbeat = ?",
                        rebuildId, owner, now.toEpochMilli(), view, lease.rebuildId(), lease.heartbeat().toEpochMilli());
                if (taken == 1) {
                    return new Acquired(Optional.of(lease));
                }
            }
        }
        return lease(view).<Acquisition>map(Held::new)
                .orElseThrow(() -> new IllegalStateException("Lease of " + view + " keeps changing"));
    }

    /** Renews the lease; false if the rebuild no longer holds it (taken over as stale). */
    public boolean renew(String view, String rebuildId, Instant now) {
        return jdbc.update("update view_rebuild_lease set heartbeat = ? where view_name = ? and rebuild_id = ?",
                now.toEpochMilli(), view, rebuildId) == 1;
    }

    /** Releases the lease if the rebuild still holds it. */
    public void release(String view, String rebuildId) {
        jdbc.update("delete from view_rebuild_lease where view_name = ? and rebuild_id = ?", view, rebuildId);
    }

    /** Removes exactly this (stale) lease; false if it has been renewed, released or taken over since. */
    public boolean remove(Lease lease) {
        return jdbc.update("delete from view_rebuild_lease where view_name = ? and rebuild_id = ? and heartbeat = ?",
                lease.view(), lease.rebuildId(), lease.heartbeat().toEpochMilli()) == 1;
    }

    public Optional<Lease> lease(String view) {
        return jdbc.query("select view_name, rebuild_id, owner, heartbeat from view_rebuild_lease where view_name = ?",
                (rs, row) -> new Lease(rs.getString(1), rs.getString(2), rs.getString(3),
                        Instant.ofEpochMilli(rs.getLong(4))), view).stream().findFirst();
    }

    /** Leases whose holder has not renewed them since {@code staleBefore}. */
    public List<Lease> staleLeases(Instant staleBefore) {
        return jdbc.query("select view_name, rebuild_id, owner, heartbeat from view_rebuild_lease where heartbeat < ?",
                (rs, row) -> new Lease(rs.getString(1), rs.getString(2), rs.getString(3),
                        Instant.ofEpochMilli(rs.getLong(4))), staleBefore.toEpochMilli());
    }

    /** Writes a rebuild's status (inserted at its start, updated by its owner afterwards). */
    public void save(RebuildStatus status, String owner, boolean running, Instant now) {
        String text = write(status);
        int updated = jdbc.update("update view_rebuild set owner = ?, running = ?, updated_at = ?, status = ?"
                + " where rebuild_id = ?", owner, running, now.toEpochMilli(), text, status.id());
        if (updated == 0) {
            jdbc.update("insert into view_rebuild (rebuild_id, view_name, owner, running, started_at, updated_at, status)"
                            + " values (?, ?, ?, ?, ?, ?, ?)", status.id(), status.view(), owner, running,
                    status.startedAt().toEpochMilli(), now.toEpochMilli(), text);
        }
    }

    public Optional<RebuildStatus> status(String rebuildId) {
        return jdbc.query("select status from view_rebuild where rebuild_id = ?", (rs, row) -> read(rs.getString(1)),
                rebuildId).stream().findFirst();
    }

    /** Every rebuild listed, oldest first. */
    public List<RebuildStatus> statuses() {
        return jdbc.query("select status from view_rebuild order by started_at, rebuild_id",
                (rs, row) -> read(rs.getString(1)));
    }

    /** Rebuilds still marked running whose owner has not written their status since {@code staleBefore}. */
    public List<RebuildStatus> staleRunning(Instant staleBefore) {
        return jdbc.query("select status from view_rebuild where running = ? and updated_at < ?",
                (rs, row) -> read(rs.getString(1)), true, staleBefore.toEpochMilli());
    }

    /**
     * Marks a rebuild whose owner died as failed (if it is still marked running): the JSON is edited, so the
     * status keeps every field its owner wrote.
     */
    public boolean markAbandoned(String rebuildId, String failure, Instant now) {
        List<String> texts = jdbc.query("select status from view_rebuild where rebuild_id = ? and running = ?",
                (rs, row) -> rs.getString(1), rebuildId, true);
        if (texts.isEmpty()) {
            return false;
        }
        try {
            ObjectNode tree = (ObjectNode) json.readTree(texts.getFirst());
            tree.put("state", RebuildState.FAILED.name());
            tree.put("failure", failure);
            tree.put("finishedAt", now.toString());
            return jdbc.update("update view_rebuild set running = ?, updated_at = ?, status = ?"
                    + " where rebuild_id = ? and running = ?", false, now.toEpochMilli(),
                    json.writeValueAsString(tree), rebuildId, true) == 1;
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Unreadable status of rebuild " + rebuildId, e);
        }
    }

    /** Deletes all but the newest {@code kept} finished rebuilds. */
    public void forgetFinished(int kept) {
        List<String> finished = jdbc.queryForList("select rebuild_id from view_rebuild where running = ?"
                + " order by started_at desc, rebuild_id desc", String.class, false);
        for (String id : finished.subList(Math.min(kept, finished.size()), finished.size())) {
            jdbc.update("delete from view_rebuild where rebuild_id = ? and running = ?", id, false);
        }
    }

    private String write(RebuildStatus status) {
        try {
            return json.writeValueAsString(status);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write the status of rebuild " + status.id(), e);
        }
    }

    private RebuildStatus read(String text) {
        try {
            return json.readValue(text, RebuildStatus.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Unreadable rebuild status " + text, e);
        }
    }
}
