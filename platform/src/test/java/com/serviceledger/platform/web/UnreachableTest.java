package com.serviceledger.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.SocketException;
import java.sql.SQLException;
import org.axonframework.commandhandling.CommandExecutionException;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;

/** The failures the fault run saw while a database link was lost: each a 503, not a 500. */
class UnreachableTest {

    @Test
    void noConnectionForTheTransactionIsAStoreOutOfReach() {
        assertThat(Unreachable.store(new CannotCreateTransactionException("Could not open JDBC Connection",
                new SQLException("HikariPool-1 - Connection is not available", "08001")))).isTrue();
    }

    /** The commit's answer was lost and Spring's rollback then failed on the dead connection: outcome unknown. */
    @Test
    void aCommitWhoseRollbackFailedOnTheClosedConnectionIsAStoreOutOfReach() {
        assertThat(Unreachable.store(new TransactionSystemException("JDBC rollback failed",
                new SQLException("Connection is closed")))).isTrue();
    }

    /** db-scheduler's wrapper around HikariCP's evicted connection, the socket error only suppressed. */
    @Test
    void aWrappedEvictedConnectionOrASuppressedSocketErrorIsAStoreOutOfReach() {
        RuntimeException scheduler = new RuntimeException("Error when preparing statement.",
                new SQLException("Connection is closed"));
        assertThat(Unreachable.store(scheduler)).isTrue();
        RuntimeException suppressed = new RuntimeException("rollback failed");
        suppressed.addSuppressed(new SocketException("Broken pipe"));
        assertThat(Unreachable.store(new CommandExecutionException("failed", suppressed))).isTrue();
    }

    /** The Elasticsearch client's I/O reactor (httpcore5) reports a reset link as a bare IOException. */
    @Test
    void aBareIoExceptionOfAnHttpClientReactorIsAStoreOutOfReach() {
        assertThat(Unreachable.store(new IOException("Connection reset by peer"))).isTrue();
    }

    @Test
    void ordinaryFailuresAreNot() {
        assertThat(Unreachable.store(new java.io.CharConversionException("not UTF-8"))).isFalse();
        assertThat(Unreachable.store(new IllegalStateException("a bug"))).isFalse();
        assertThat(Unreachable.store(new SQLException("syntax error", "42601"))).isFalse();
        assertThat(Unreachable.store(new SQLException("Connection is closed", "42000"))).isFalse();
    }
}
