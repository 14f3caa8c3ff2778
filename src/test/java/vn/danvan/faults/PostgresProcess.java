package vn.danvan.faults;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;

/**
 * A real PostgreSQL server (its own process, started by pg_ctl) that a test can stop and start again,
 * with the application's database {@code danvan} as in the local default run (a backup of it restores
 * with the jar's restore command).
 */
final class PostgresProcess implements AutoCloseable {

    private final Path directory;

    Path directory() {
        return directory;
    }

    private final int port;
    private EmbeddedPostgres postgres;

    private final boolean durable;

    /** Without fsync (zonky's default): the fault suite tests process crashes, not power cuts. */
    PostgresProcess(Path directory) throws IOException {
        this(directory, false);
    }

    /** @param durable fsync on, as a real installation and every benchmark figure */
    PostgresProcess(Path directory, boolean durable) throws IOException {
        this.directory = directory;
        this.port = KafkaProcess.freePort();
        this.durable = durable;
    }

    void start() throws IOException {
        var builder = EmbeddedPostgres.builder().setDataDirectory(directory).setCleanDataDirectory(false).setPort(port)
                .setServerConfig("synchronous_commit", "on").setServerConfig("max_connections", "200")
                .setPGStartupWait(Duration.ofSeconds(60)).setRegisterShutdownHook(true);
        if (durable) {
            builder.setServerConfig("fsync", "on");
        }
        postgres = builder.start();
        try (var connection = postgres.getPostgresDatabase().getConnection(); var statement = connection.createStatement();
                var exists = statement.executeQuery("SELECT 1 FROM pg_database WHERE datname = 'danvan'")) {
            if (!exists.next()) {
                statement.execute("CREATE DATABASE danvan ENCODING 'UTF8'");
            }
        } catch (java.sql.SQLException e) {
            throw new IOException("Could not create the database danvan", e);
        }
    }

    void stop() throws IOException {
        if (postgres != null) {
            postgres.close();
            postgres = null;
        }
    }

    String jdbcUrl() {
        return "jdbc:postgresql://localhost:" + port + "/danvan";
    }

    javax.sql.DataSource dataSource() {
        return postgres.getDatabase("postgres", "danvan");
    }

    @Override
    public void close() throws IOException {
        stop();
    }
}
