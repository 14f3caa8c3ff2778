package vn.danvan.privacy;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import javax.sql.DataSource;

/**
 * A dump of the whole database over JDBC, searched as it is read: every row of every table of every
 * schema (Camunda's and the application's), every column as text, {@code bytea} decoded as UTF-8 and
 * as Latin-1 so that a name inside stored bytes (an attachment, a Camunda byte array) is found too.
 * It stands in for {@code pg_dump}, which prints bytea as hex (where no name could ever be seen) and
 * is not part of the embedded PostgreSQL binaries.
 */
final class DatabaseScan {

    /** Where a searched text was found: schema.table.column. */
    record Hit(String needle, String where) {
    }

    private DatabaseScan() {
    }

    static List<Hit> find(DataSource dataSource, Collection<String> needles) throws SQLException {
        List<String> lowered = needles.stream().map(n -> n.toLowerCase(Locale.ROOT)).toList();
        List<Hit> hits = new ArrayList<>();
        try (Connection connection = dataSource.getConnection()) {
            List<String> tables = new ArrayList<>();
            try (Statement list = connection.createStatement(); ResultSet rs = list.executeQuery("""
                    SELECT quote_ident(table_schema) || '.' || quote_ident(table_name) FROM information_schema.tables
                    WHERE table_type = 'BASE TABLE' AND table_schema NOT IN ('pg_catalog', 'information_schema')""")) {
                while (rs.next()) {
                    tables.add(rs.getString(1));
                }
            }
            if (tables.size() < 60) {
                throw new IllegalStateException("only " + tables.size() + " tables: not the whole database");
            }
            boolean autoCommit = connection.getAutoCommit();
            connection.setAutoCommit(false); // lets the driver stream rows in pages
            try {
                for (String table : tables) {
                    scan(connection, table, needles, lowered, hits);
                }
            } finally {
                connection.rollback();
                connection.setAutoCommit(autoCommit);
            }
        }
        return hits;
    }

    private static void scan(Connection connection, String table, Collection<String> needles, List<String> lowered,
            List<Hit> hits) throws SQLException {
        try (Statement select = connection.createStatement()) {
            select.setFetchSize(500);
            try (ResultSet rs = select.executeQuery("SELECT * FROM " + table)) {
                ResultSetMetaData meta = rs.getMetaData();
                while (rs.next()) {
                    for (int column = 1; column <= meta.getColumnCount(); column++) {
                        List<String> texts = new ArrayList<>(2);
                        if (meta.getColumnType(column) == Types.BINARY || meta.getColumnType(column) == Types.VARBINARY
                                || meta.getColumnType(column) == Types.LONGVARBINARY) {
                            byte[] bytes = rs.getBytes(column);
                            if (bytes != null) {
                                texts.add(new String(bytes, StandardCharsets.UTF_8));
                                texts.add(new String(bytes, StandardCharsets.ISO_8859_1));
                            }
                        } else {
                            String text = rs.getString(column);
                            if (text != null) {
                                texts.add(text);
                            }
                        }
                        for (String text : texts) {
                            String lower = text.toLowerCase(Locale.ROOT);
                            int i = 0;
                            for (String needle : needles) {
                                if (lower.contains(lowered.get(i))) {
                                    hits.add(new Hit(needle, table + "." + meta.getColumnName(column)));
                                }
                                i++;
                            }
                        }
                    }
                }
            }
        }
    }
}
