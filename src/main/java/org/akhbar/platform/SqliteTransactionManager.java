package org.akhbar.platform;

import java.util.concurrent.locks.ReentrantLock;

import javax.sql.DataSource;

import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.transaction.TransactionDefinition;

/**
 * Transactions on SQLite take turns in Java before they reach the database.
 *
 * <p>Every SQLite transaction takes the database's write lock when it begins
 * ({@code transaction_mode=IMMEDIATE}), and one that finds it taken waits inside the driver, in
 * native code, where a virtual thread keeps its carrier thread. Requests run on virtual threads
 * sharing one carrier per core: with as many transactions waiting there as there are cores, the
 * one holding the lock cannot get a carrier back once it has given its own up (waiting for I/O or
 * a lock), and every one of them waits out the 30-second busy timeout and fails. Waiting for its
 * turn here, a virtual thread gives its carrier up; only the transaction whose turn it is ever
 * waits in the driver (for another process, such as an import run from the command line). Writers
 * were one at a time already, so this costs no concurrency; the turns are fair, first come first
 * served.
 */
final class SqliteTransactionManager extends JdbcTransactionManager {

    private final ReentrantLock turn = new ReentrantLock(true);

    SqliteTransactionManager(DataSource dataSource) {
        super(dataSource);
    }

    @Override
    protected void doBegin(Object transaction, TransactionDefinition definition) {
        turn.lock();
        try {
            super.doBegin(transaction, definition);
        } catch (RuntimeException | Error failed) {
            turn.unlock();
            throw failed;
        }
    }

    @Override
    protected void doCleanupAfterCompletion(Object transaction) {
        try {
            super.doCleanupAfterCompletion(transaction);
        } finally {
            turn.unlock();
        }
    }
}
