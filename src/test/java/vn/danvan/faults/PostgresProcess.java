package vn.danvan.faults;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;

/** A real PostgreSQL server (its own process, started by pg_ctl) that a test can stop and start again. */
final class PostgresProcess implements AutoCloseable {

    private final Path directory;
    private final int port;
    private EmbeddedPostgres postgres;

    PostgresProcess(Path directory) throws IOException {
        this.directory = directory;
        this.port = KafkaProcess.freePort();
    }

    void start() throws IOException {
        postgres = EmbeddedPostgres.builder().setDataDirectory(directory).setCleanDataDirectory(false).setPort(port)
                .setServerConfig("synchronous_commit", "on").setServerConfig("max_connections", "200")
                .setPGStartupWait(Duration.ofSeconds(60)).setRegisterShutdownHook(true).start();
    }

    void stop() throws IOException {
        if (postgres != null) {
            postgres.close();
            postgres = null;
        }
    }

    String jdbcUrl() {
        return "jdbc:postgresql://localhost:" + port + "/postgres";
    }

    javax.sql.DataSource dataSource() {
        return postgres.getPostgresDatabase();
    }

    @Override
    public void close() throws IOException {
        stop();
    }
}
