package io.planwatch.evaluation;

import io.quarkus.hibernate.orm.PersistenceUnitExtension;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.TransactionSynchronizationRegistry;
import org.hibernate.Interceptor;
import org.hibernate.Transaction;
import org.hibernate.type.Type;

/**
 * Bumps the {@link DataVersion} in every transaction that writes an entity: a plan, target, milestone, indicator,
 * jurisdiction, department or assessment edit changes what an evaluation reads. The writes are marked on the JTA
 * transaction (this interceptor is shared by all sessions) and the bump runs once, after Hibernate's last flush,
 * so the version row is the last lock the transaction takes. A snapshot is a record of an evaluation, not an input.
 * The push path writes with JDBC and bumps on its own.
 *
 * <p>Hibernate only logs what this interceptor throws before completion, so a failed bump also marks the transaction
 * rollback-only: a write whose bump failed is undone rather than committed behind a cache that would not see it.
 */
@PersistenceUnitExtension
@ApplicationScoped
public class DataChanges implements Interceptor {

    private static final Object WRITTEN = DataChanges.class;

    private final TransactionSynchronizationRegistry transactions;
    private final DataVersion version;

    public DataChanges(TransactionSynchronizationRegistry transactions, DataVersion version) {
        this.transactions = transactions;
        this.version = version;
    }

    @Override
    public boolean onPersist(Object entity, Object id, Object[] state, String[] propertyNames, Type[] types) {
        written(entity);
        return false;
    }

    @Override
    public boolean onFlushDirty(
            Object entity,
            Object id,
            Object[] currentState,
            Object[] previousState,
            String[] propertyNames,
            Type[] types) {
        written(entity);
        return false;
    }

    @Override
    public void onRemove(Object entity, Object id, Object[] state, String[] propertyNames, Type[] types) {
        written(entity);
    }

    @Override
    public void onCollectionRecreate(Object collection, Object key) {
        written(collection);
    }

    @Override
    public void onCollectionRemove(Object collection, Object key) {
        written(collection);
    }

    @Override
    public void onCollectionUpdate(Object collection, Object key) {
        written(collection);
    }

    @Override
    public void beforeTransactionCompletion(Transaction tx) {
        if (transactions.getTransactionKey() != null && transactions.getResource(WRITTEN) != null) {
            try {
                version.bump();
            } catch (RuntimeException e) {
                transactions.setRollbackOnly();
                throw e;
            }
        }
    }

    private void written(Object entity) {
        if (!(entity instanceof Snapshot) && transactions.getTransactionKey() != null) {
            transactions.putResource(WRITTEN, Boolean.TRUE);
        }
    }
}
