package com.serviceledger.platform.axon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.axonframework.spring.messaging.unitofwork.SpringTransactionManager;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * An Error while a unit of work commits (the PostgreSQL driver's assertion when the link drops mid-append) must
 * not leave the transaction bound to the thread: the next command on that pooled thread would join it.
 */
class CleanupRollbackTransactionManagerTest {

    private final DataSourceTransactionManager spring = new DataSourceTransactionManager(h2());

    @AfterEach
    void unbindWhatAFailedTestLeft() {
        List.copyOf(TransactionSynchronizationManager.getResourceMap().keySet())
                .forEach(TransactionSynchronizationManager::unbindResource);
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.clearSynchronization();
        }
        while (CurrentUnitOfWork.isStarted()) {
            CurrentUnitOfWork.clear(CurrentUnitOfWork.get());
        }
    }

    @Test
    void anErrorDuringCommitStillEndsTheTransactionAndUnbindsItFromTheThread() {
        commitFailingWithAnError(new CleanupRollbackTransactionManager(new SpringTransactionManager(spring)));

        assertThat(TransactionSynchronizationManager.getResourceMap()).isEmpty();
        assertThat(TransactionSynchronizationManager.isSynchronizationActive()).isFalse();
    }

    /** Why the wrapper exists: Axon alone leaves the transaction bound after an Error. */
    @Test
    void axonAloneLeavesTheTransactionBoundAfterAnError() {
        commitFailingWithAnError(new SpringTransactionManager(spring));

        assertThat(TransactionSynchronizationManager.getResourceMap()).isNotEmpty();
    }

    @Test
    void anOrdinaryCommitAndRollbackEndTheTransactionOnce() {
        TransactionManager transactions = new CleanupRollbackTransactionManager(new SpringTransactionManager(spring));
        UnitOfWork<?> committed = DefaultUnitOfWork.startAndGet(GenericEventMessage.asEventMessage("committed"));
        committed.attachTransaction(transactions);
        committed.commit();
        UnitOfWork<?> rolledBack = DefaultUnitOfWork.startAndGet(GenericEventMessage.asEventMessage("rolled back"));
        rolledBack.attachTransaction(transactions);
        rolledBack.rollback(new IllegalStateException("refused"));

        assertThat(TransactionSynchronizationManager.getResourceMap()).isEmpty();
    }

    private static void commitFailingWithAnError(TransactionManager transactions) {
        UnitOfWork<?> unitOfWork = DefaultUnitOfWork.startAndGet(GenericEventMessage.asEventMessage("command"));
        unitOfWork.attachTransaction(transactions);
        unitOfWork.onPrepareCommit(u -> {
            throw new AssertionError("pgStatement.getConnection().getAutoCommit() should not throw");
        });
        assertThatThrownBy(unitOfWork::commit).isInstanceOf(AssertionError.class);
        assertThat(CurrentUnitOfWork.isStarted()).isFalse();
    }

    private static JdbcDataSource h2() {
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:mem:cleanup-rollback;DB_CLOSE_DELAY=-1");
        return dataSource;
    }
}
