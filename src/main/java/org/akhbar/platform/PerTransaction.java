package org.akhbar.platform;

import java.util.function.BiConsumer;
import java.util.function.Supplier;

import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * A value kept for the length of the current transaction: made the first time it is asked for,
 * forgotten when the transaction ends. Outside a transaction it is made afresh each time.
 */
public final class PerTransaction {

    private PerTransaction() {
    }

    /** This transaction's value under {@code key}, made by {@code create} the first time. */
    public static <T> T get(Object key, Supplier<T> create) {
        return get(key, create, (value, status) -> { });
    }

    /**
     * As {@link #get(Object, Supplier)}; when the transaction ends, {@code ended} is given the value
     * and the {@link TransactionSynchronization} status ({@code STATUS_COMMITTED} or another).
     */
    public static <T> T get(Object key, Supplier<T> create, BiConsumer<T, Integer> ended) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            return create.get();
        }
        @SuppressWarnings("unchecked")
        T value = (T) TransactionSynchronizationManager.getResource(key);
        if (value == null) {
            T fresh = create.get();
            TransactionSynchronizationManager.bindResource(key, fresh);
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    TransactionSynchronizationManager.unbindResource(key);
                    ended.accept(fresh, status);
                }
            });
            value = fresh;
        }
        return value;
    }
}
