package org.akhbar.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;

import org.akhbar.testing.DatabaseTest;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.transaction.PlatformTransactionManager;

@DatabaseTest
class DatabaseConfigurationIntegrationTests {

    @Autowired
    DSLContext db;

    @Autowired
    DataSource dataSource;

    @Autowired
    PlatformTransactionManager transactions;

    /** On SQLite every connection checkpoints its log less often; PostgreSQL's connections are left as they come. */
    @Test
    void sqliteConnectionsCheckpointEvery4000Pages() throws SQLException {
        HikariDataSource pool = dataSource.unwrap(HikariDataSource.class);
        if (db.dialect() == SQLDialect.SQLITE) {
            // SQLite's own default is 1,000
            assertThat(db.fetchValue("pragma wal_autocheckpoint")).hasToString("4000");
        } else {
            assertThat(pool.getConnectionInitSql()).isNull();
        }
    }

    /** On SQLite transactions take turns in Java (see ConcurrentTransactionsIntegrationTests); not on PostgreSQL. */
    @Test
    void sqliteTransactionsTakeTurns() {
        if (db.dialect() == SQLDialect.SQLITE) {
            assertThat(transactions).isInstanceOf(SqliteTransactionManager.class);
        } else {
            assertThat(transactions).isExactlyInstanceOf(JdbcTransactionManager.class);
        }
    }
}
