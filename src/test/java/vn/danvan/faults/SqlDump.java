package vn.danvan.faults;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.postgresql.PGConnection;

/**
 * Loads a plain-text {@code pg_dump} file over JDBC, without psql: statements end with a semicolon at
 * the end of a line (outside dollar quotes), {@code COPY ... FROM stdin;} blocks go through the
 * driver's COPY, psql's backslash commands are skipped.
 */
final class SqlDump {

    private static final Pattern DOLLAR = Pattern.compile("\\$[A-Za-z_]*\\$");
    private static final Pattern COPY = Pattern.compile("(?s)^COPY .* FROM stdin;\\s*$");

    private SqlDump() {
    }

    static void load(Connection connection, BufferedReader dump) throws IOException, SQLException {
        StringBuilder statement = new StringBuilder();
        String dollarTag = null;
        for (String line; (line = dump.readLine()) != null;) {
            if (statement.isEmpty() && (line.isBlank() || line.startsWith("--") || line.startsWith("\\"))) {
                continue;
            }
            statement.append(line).append('\n');
            Matcher tags = DOLLAR.matcher(line);
            while (tags.find()) {
                dollarTag = dollarTag == null ? tags.group() : dollarTag.equals(tags.group()) ? null : dollarTag;
            }
            if (dollarTag != null || !line.endsWith(";")) {
                continue;
            }
            String sql = statement.toString();
            statement.setLength(0);
            if (COPY.matcher(sql).matches()) {
                StringBuilder rows = new StringBuilder();
                for (String row; (row = dump.readLine()) != null && !row.equals("\\.");) {
                    rows.append(row).append('\n');
                }
                connection.unwrap(PGConnection.class).getCopyAPI().copyIn(sql, new StringReader(rows.toString()));
            } else {
                try (Statement execute = connection.createStatement()) {
                    execute.execute(sql);
                }
            }
        }
    }
}
