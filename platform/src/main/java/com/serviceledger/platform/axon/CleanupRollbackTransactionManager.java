package com.serviceledger.platform.axon;

import java.util.concurrent.atomic.AtomicBoolean;
import org.axonframework.common.transaction.Transaction;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;

/**
 * Ends every transaction a unit of work opened, also when an {@link Error} ended the unit of work.
 * <p>
 * Axon 4's unit of work runs its rollback handlers only for an {@link Exception} thrown while committing; an
 * {@code Error} there (seen: the PostgreSQL driver's internal assertion, when the database link drops in the middle
 * of the event append) skips the rollback, and Spring's transaction stays bound to the thread with its broken
 * connection. Every later command on that pooled thread then joined the dead transaction and failed, until a restart.
 * The cleanup phase always runs: a transaction still open there is rolled back, which also unbinds it.
 */
public final class CleanupRollbackTransactionManager implements TransactionManager {

    private final TransactionManager delegate;

    public CleanupRollbackTransactionManager(TransactionManager delegate) {
        this.delegate = delegate;
    }

    /** The manager that opens and ends the transactions (Spring's, wrapped). */
    public TransactionManager delegate() {
        return delegate;
    }

    @Override
    public Transaction startTransaction() {
        Transaction transaction = delegate.startTransaction();
        AtomicBoolean ended = new AtomicBoolean();
        Transaction guarded = new Transaction() {
            @Override
            public void commit() {
                if (ended.compareAndSet(false, true)) {
                    transaction.commit();
                }
            }

            @Override
            public void rollback() {
                if (ended.compareAndSet(false, true)) {
                    transaction.rollback();
                }
            }
        };
        // a transaction opened in a unit of work's own cleanup is ended by its own code, as before
        if (CurrentUnitOfWork.isStarted() && !CurrentUnitOfWork.get().phase().isAfter(UnitOfWork.Phase.AFTER_COMMIT)) {
            CurrentUnitOfWork.get().onCleanup(u -> guarded.rollback());
        }
        return guarded;
    }
}
