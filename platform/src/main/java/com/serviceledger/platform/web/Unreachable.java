package com.serviceledger.platform.web;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.SocketException;
import java.nio.channels.ClosedChannelException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.RejectedExecutionException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;

/**
 * Whether a failure means a store (the database, Elasticsearch) could not be reached, whatever wraps it: Axon's
 * unit of work, Spring's transaction and data-access exceptions, the Elasticsearch client's transport exception.
 * Such a failure is a 503 (retry later), not a 500: nothing about the request was wrong.
 */
public final class Unreachable {

    /** HTTP client exceptions (Apache HttpClient 5, under the Elasticsearch client) named, not linked. */
    private static final Set<String> LINK_LOST = Set.of(
            "org.apache.hc.core5.http.ConnectionClosedException",
            "org.apache.hc.core5.http.NoHttpResponseException",
            "org.apache.hc.client5.http.ConnectTimeoutException",
            "org.apache.hc.client5.http.HttpHostConnectException",
            "org.apache.hc.core5.http.ConnectionRequestTimeoutException");

    private Unreachable() {
    }

    public static boolean store(Throwable failure) {
        return search(failure, new IdentityHashMap<>());
    }

    /** Causes and suppressed exceptions: a failed rollback keeps the lost link's exception as suppressed. */
    private static boolean search(Throwable t, Map<Throwable, Boolean> seen) {
        if (t == null || seen.put(t, true) != null) {
            return false;
        }
        if (linkLost(t)) {
            return true;
        }
        for (Throwable suppressed : t.getSuppressed()) {
            if (search(suppressed, seen)) {
                return true;
            }
        }
        return search(t.getCause(), seen);
    }

    private static boolean linkLost(Throwable t) {
        return t instanceof CannotCreateTransactionException
                // a commit or rollback the database did not confirm: whether the command took effect is unknown, so
                // the client must retry with its key (a replay answers the first outcome), as after any 503
                || t instanceof TransactionSystemException
                // HikariCP's stand-in for a connection it evicted as broken (no SQLState)
                || (t instanceof SQLException sql && sql.getSQLState() == null
                        && "Connection is closed".equals(sql.getMessage()))
                || t instanceof DataAccessResourceFailureException
                || t instanceof TransientDataAccessException
                || t instanceof RejectedExecutionException
                || t instanceof SQLTransientConnectionException
                || t instanceof SQLNonTransientConnectionException
                || t instanceof SQLRecoverableException
                || (t instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("08"))
                // what HTTP client reactors (httpcore5 under the Elasticsearch client) raise for a reset or broken
                // link: the bare type, never a parse error (those are subclasses)
                || t.getClass() == IOException.class
                || t instanceof ClosedChannelException
                || t instanceof ConnectException
                || t instanceof SocketException
                // socket, connect and connection-request timeouts of a stalled link
                || t instanceof InterruptedIOException
                || LINK_LOST.contains(t.getClass().getName());
    }
}
