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

    /** SQLite's newsroom migration rebuilds the article table: nothing that hangs on it may be lost. */
    @Test
    void rebuildingTheArticleTableOnSqliteKeepsArticlesAndTheirLists() throws SQLException {
        String url = "jdbc:sqlite:" + dir.resolve("upgrade.db") + "?foreign_keys=true";
        Flyway.configure().dataSource(url, "", "").locations("classpath:db/migration/sqlite").target("1").load().migrate();
        try (Connection c = DriverManager.getConnection(url); var statement = c.createStatement()) {
            statement.execute("insert into section (id, slug, name, position, created_at, updated_at) values (1, 's', 'S', 0, 0, 0)");
            statement.execute("insert into article (id, slug, title, body_html, status, published_at, created_at, updated_at)"
                    + " values (7, 'a', 'A', '<p>b</p>', 'published', 5, 5, 5)");
            statement.execute("insert into article_section (article_id, section_id, position, published_at) values (7, 1, 0, 5)");
        }
        Flyway.configure().dataSource(url, "", "").locations("classpath:db/migration/sqlite").load().migrate();
        try (Connection c = DriverManager.getConnection(url); var statement = c.createStatement()) {
            ResultSet lists = statement.executeQuery("select count(*) from article_section where article_id = 7");
            lists.next();
            assertThat(lists.getInt(1)).isEqualTo(1);
            ResultSet article = statement.executeQuery("select version, status from article where id = 7");
            article.next();
            assertThat(article.getInt(1)).isEqualTo(1);
            assertThat(article.getString(2)).isEqualTo("published");
            ResultSet fk = statement.executeQuery("pragma foreign_keys");
            fk.next();
            assertThat(fk.getInt(1)).isEqualTo(1);
        }
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
