package com.serviceledger.platform.axon;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.BatchUpdateException;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

class UniqueKeyViolationResolverTest {

    final UniqueKeyViolationResolver resolver = new UniqueKeyViolationResolver();

    @Test
    void postgresBatchAbortedByAUniqueViolationIsADuplicateKey() {
        BatchUpdateException batch = new BatchUpdateException("Batch entry 0 was aborted", "23505", 0, new int[0]);
        batch.setNextException(new SQLException("duplicate key value", "23505"));
        assertThat(resolver.isDuplicateKeyViolation(new RuntimeException(batch))).isTrue();
    }

    @Test
    void h2BatchCausedByAUniqueViolationIsADuplicateKey() {
        BatchUpdateException batch = new BatchUpdateException("batch", null, 0, new int[0],
                new SQLException("Unique index or primary key violation", "23505"));
        assertThat(resolver.isDuplicateKeyViolation(batch)).isTrue();
    }

    @Test
    void otherStorageFailuresAreNot() {
        assertThat(resolver.isDuplicateKeyViolation(new SQLException("connection lost", "08006"))).isFalse();
        assertThat(resolver.isDuplicateKeyViolation(new SQLException("null value", "23502"))).isFalse();
        assertThat(resolver.isDuplicateKeyViolation(new IllegalStateException("no SQL at all"))).isFalse();
    }
}
