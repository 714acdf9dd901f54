package com.serviceledger.platform.axon;

import java.sql.BatchUpdateException;
import java.sql.SQLException;
import org.axonframework.common.jdbc.PersistenceExceptionResolver;

/**
 * Tells Axon when an append failed on the event table's unique (aggregate, sequence) key: the case was
 * created or changed by someone else at the same time (409), not a storage failure. Looks through the
 * whole cause chain, including the batch exceptions that PostgreSQL and H2 report appends in, for SQL
 * state 23505 (unique violation), which both databases use.
 */
public class UniqueKeyViolationResolver implements PersistenceExceptionResolver {

    private static final String UNIQUE_VIOLATION = "23505";

    @Override
    public boolean isDuplicateKeyViolation(Exception exception) {
        for (Throwable t = exception; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && isUniqueViolation(sql)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isUniqueViolation(SQLException exception) {
        for (SQLException e = exception; e != null; e = e.getNextException()) {
            if (UNIQUE_VIOLATION.equals(e.getSQLState())) {
                return true;
            }
            if (e instanceof BatchUpdateException && e.getCause() instanceof SQLException cause
                    && UNIQUE_VIOLATION.equals(cause.getSQLState())) {
                return true;
            }
        }
        return false;
    }
}
