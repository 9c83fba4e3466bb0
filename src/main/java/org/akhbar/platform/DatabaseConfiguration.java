package org.akhbar.platform;

import java.sql.SQLException;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.jooq.autoconfigure.DefaultConfigurationCustomizer;
import org.springframework.boot.transaction.autoconfigure.TransactionManagerCustomizers;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.support.JdbcTransactionManager;

/** jOOQ as every repository gets it, and how SQLite's connections and transactions are used. */
@Configuration(proxyBeanMethods = false)
class DatabaseConfiguration {

    /** Pages of the write-ahead log after which SQLite copies it into the database file (its default: 1,000). */
    static final int SQLITE_CHECKPOINT_PAGES = 4000;

    /**
     * No per-statement debug logging hooks and no fetching of SQL warnings after every statement:
     * a page runs several queries, and both cost time on each without telling anyone anything.
     */
    @Bean
    DefaultConfigurationCustomizer leanJooq() {
        return configuration -> configuration.settings()
                .withExecuteLogging(false)
                .withFetchWarnings(false)
                .withRenderSchema(false);
    }

    /**
     * SQLite copies its write-ahead log into the database file every 16 MB written instead of every
     * 4 MB. A batch of an import writes several MB: checkpointing after each one wrote again and
     * again the index pages the next batch changes too (the WordPress import of 100,000 posts is 9%
     * faster). Readers do not notice a log of that size. Applied when no other setting is given.
     */
    @Bean
    static BeanPostProcessor sqliteCheckpoints() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessBeforeInitialization(Object bean, String name) {
                if (bean instanceof HikariDataSource pool && isSqlite(pool) && pool.getConnectionInitSql() == null) {
                    pool.setConnectionInitSql("PRAGMA wal_autocheckpoint = " + SQLITE_CHECKPOINT_PAGES);
                }
                return bean;
            }
        };
    }

    /**
     * Spring Boot's transaction manager; on SQLite, one whose transactions take turns (see
     * {@link SqliteTransactionManager}).
     */
    @Bean
    JdbcTransactionManager transactionManager(DataSource dataSource, ObjectProvider<TransactionManagerCustomizers> customizers)
            throws SQLException {
        JdbcTransactionManager manager = dataSource.isWrapperFor(HikariDataSource.class)
                && isSqlite(dataSource.unwrap(HikariDataSource.class))
                ? new SqliteTransactionManager(dataSource) : new JdbcTransactionManager(dataSource);
        customizers.ifAvailable(all -> all.customize(manager));
        return manager;
    }

    private static boolean isSqlite(HikariDataSource pool) {
        return pool.getJdbcUrl() != null && pool.getJdbcUrl().startsWith("jdbc:sqlite:");
    }
}
