package com.serviceledger.command.idempotency;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Remembers each (principal, Idempotency-Key) with the request's hash and the command's result. */
@Component
public class IdempotencyStore {

    private final JdbcTemplate jdbc;
    private final Clock clock;

    public IdempotencyStore(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public Optional<IdempotentOutcome> find(String principal, String key) {
        return jdbc.query("SELECT request_hash, command_name, result FROM idempotency_key"
                        + " WHERE principal = ? AND idempotency_key = ?",
                (rs, i) -> new IdempotentOutcome(rs.getString(1), rs.getString(2), rs.getString(3)),
                principal, key).stream().findFirst();
    }

    /** Joins the caller's transaction; a duplicate key throws {@link org.springframework.dao.DuplicateKeyException}. */
    public void remember(String principal, String key, IdempotentOutcome outcome) {
        jdbc.update("INSERT INTO idempotency_key (principal, idempotency_key, request_hash, command_name, result,"
                        + " created_at) VALUES (?, ?, ?, ?, ?, ?)",
                principal, key, outcome.requestHash(), outcome.commandName(), outcome.result(),
                Timestamp.from(clock.instant()));
    }
}
