package org.akhbar.platform;

import com.zaxxer.hikari.HikariDataSource;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.jooq.autoconfigure.DefaultConfigurationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** jOOQ as every repository gets it, and the connections SQLite is used through. */
@Configuration(proxyBeanMethods = false)
class DatabaseConfiguration {

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

    /** Pages of the write-ahead log after which SQLite copies it into the database file (its default: 1,000). */
    static final int SQLITE_CHECKPOINT_PAGES = 4000;

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
                if (bean instanceof HikariDataSource pool && pool.getJdbcUrl() != null
                        && pool.getJdbcUrl().startsWith("jdbc:sqlite:") && pool.getConnectionInitSql() == null) {
                    pool.setConnectionInitSql("PRAGMA wal_autocheckpoint = " + SQLITE_CHECKPOINT_PAGES);
                }
                return bean;
            }
        };
    }
}
