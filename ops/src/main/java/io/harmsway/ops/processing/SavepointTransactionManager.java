package io.harmsway.ops.processing;

import org.axonframework.common.transaction.Transaction;
import org.axonframework.common.transaction.TransactionManager;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.DefaultTransactionDefinition;

/**
 * Axon transactions that are savepoints of the transaction already open (Spring's nested
 * propagation), or a transaction of their own when none is. Axon's own Spring transaction manager
 * only ever commits or rolls back a new transaction, so a savepoint needs this one.
 */
final class SavepointTransactionManager implements TransactionManager {

    private static final TransactionDefinition NESTED =
            new DefaultTransactionDefinition(TransactionDefinition.PROPAGATION_NESTED);

    private final PlatformTransactionManager transactions;

    SavepointTransactionManager(PlatformTransactionManager transactions) {
        this.transactions = transactions;
    }

    @Override
    public Transaction startTransaction() {
        TransactionStatus savepoint = transactions.getTransaction(NESTED);
        return new Transaction() {
            // A committed nested unit of work hears its parent's rollback too: by then this is done.
            @Override
            public void commit() {
                if (!savepoint.isCompleted()) {
                    transactions.commit(savepoint);
                }
            }

            @Override
            public void rollback() {
                if (!savepoint.isCompleted()) {
                    transactions.rollback(savepoint);
                }
            }
        };
    }
}
