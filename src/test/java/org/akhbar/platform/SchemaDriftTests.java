package org.akhbar.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import org.akhbar.testing.TestDatabase;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The two dialects' migrations must describe one schema: the same tables, the same columns with
 * the same nullability, and the same named indexes. Run on both databases at once.
 */
class SchemaDriftTests {

    @TempDir
    Path dir;

    @Test
    void sqliteAndPostgresqlMigrationsDescribeTheSameSchema() throws SQLException {
        String sqlite = "jdbc:sqlite:" + dir.resolve("drift.db");
        String postgres = TestDatabase.newPostgresDatabase();
        migrate(sqlite, "", "sqlite");
        migrate(postgres, "postgres", "postgresql");

        Map<String, String> sqliteSchema = describe(sqlite, "");
        Map<String, String> postgresSchema = describe(postgres, "postgres");

        assertThat(sqliteSchema).isNotEmpty().containsKey("table article");
        assertThat(postgresSchema).isEqualTo(sqliteSchema);
    }

    private static void migrate(String url, String user, String vendor) {
        Flyway.configure().dataSource(url, user, "").locations("classpath:db/migration/" + vendor).load().migrate();
    }

    /** "table T" → its columns with nullability; "index I" → its table. */
    private static Map<String, String> describe(String url, String user) throws SQLException {
        Map<String, String> schema = new TreeMap<>();
        try (Connection connection = DriverManager.getConnection(url, user, "")) {
            DatabaseMetaData meta = connection.getMetaData();
            String schemaPattern = url.startsWith("jdbc:postgresql") ? "public" : null;
            try (ResultSet tables = meta.getTables(null, schemaPattern, "%", new String[] {"TABLE"})) {
                while (tables.next()) {
                    String table = tables.getString("TABLE_NAME").toLowerCase(Locale.ROOT);
                    if (table.startsWith("flyway_") || table.startsWith("sqlite_")) {
                        continue;
                    }
                    schema.put("table " + table, columns(meta, schemaPattern, table));
                    try (ResultSet indexes = meta.getIndexInfo(null, schemaPattern, table, false, false)) {
                        while (indexes.next()) {
                            String index = indexes.getString("INDEX_NAME");
                            if (index != null && index.endsWith("_idx")) {
                                schema.put("index " + index.toLowerCase(Locale.ROOT), table);
                            }
                        }
                    }
                }
            }
        }
        return schema;
    }

    private static String columns(DatabaseMetaData meta, String schemaPattern, String table) throws SQLException {
        Map<String, String> columns = new TreeMap<>();
        try (ResultSet rs = meta.getColumns(null, schemaPattern, table, "%")) {
            while (rs.next()) {
                columns.put(rs.getString("COLUMN_NAME").toLowerCase(Locale.ROOT),
                        rs.getInt("NULLABLE") == DatabaseMetaData.columnNoNulls ? "not null" : "null");
            }
        }
        return columns.toString();
    }
}
