package vn.danvan.platform.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.danvan.platform.embedded.EmbeddedInfrastructure;
import vn.danvan.platform.embedded.EmbeddedPostgresServer;
import vn.danvan.support.DanvanIntegrationTest;
import vn.danvan.support.Http;
import vn.danvan.support.Petitions;

/**
 * A backup of the running database, taken through the administrators' endpoint while the application
 * works, restores into a fresh data directory with every case committed before it and none after;
 * damaged and foreign files are refused with the reason and leave the data directory as it was.
 */
@DanvanIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BackupRestoreIT {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    BackupProperties properties;

    @Autowired
    Backups backups;

    /** This test JVM's data directory (each JVM of the run has its own). */
    @Value("${danvan.embedded.data-dir}")
    Path dataDir;

    final ObjectMapper json = new ObjectMapper();

    String before;
    String after;
    Path backup;

    /** One backup for every test: a case before it, one after it. */
    @BeforeAll
    void takeABackupBetweenTwoCases() throws Exception {
        before = newCase();
        var answer = http().postJson("/api/admin/backups", "", "admin", "demo");
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(201);
        JsonNode made = json.readTree(answer.body());
        backup = properties.directory().resolve(made.path("file").asText());
        after = newCase();
        assertThat(made.path("sizeBytes").asLong()).isEqualTo(Files.size(backup));
    }

    @Test
    void restoresIntoAFreshDataDirectoryWithTheCasesCommittedBeforeTheBackup(@TempDir Path fresh) throws Exception {
        Restore.Report report = Restore.restore(backup, fresh);

        assertThat(report.replaced()).as("a fresh directory: nothing replaced").isNull();
        assertThat(report.cases()).isPositive();
        assertThat(report.openTasks()).isPositive();
        assertThat(report.timers()).as("deadline timers").isPositive();
        try (EmbeddedPostgresServer restored = EmbeddedPostgresServer.start(fresh.resolve("postgres"),
                EmbeddedInfrastructure.freePort())) {
            JdbcClient db = JdbcClient.create(restored.dataSource());
            assertThat(db.sql("SELECT case_id FROM petition_case WHERE case_id IN (?, ?)").params(before, after)
                    .query(String.class).list()).containsExactly(before);
            assertThat(db.sql("SELECT count(*) FROM act_ru_execution WHERE business_key_ = ?").param(before)
                    .query(Long.class).single()).as("the case's process").isPositive();
            assertThat(db.sql("SELECT count(*) FROM event_publication WHERE completion_date IS NOT NULL")
                    .query(Long.class).single()).as("acknowledged events are marked to be sent again").isZero();
            assertThat(db.sql("SHOW fsync").query(String.class).single()).isEqualTo("on");
        }
    }

    @Test
    void theBackupIsListedAndRecordedInTheAuditTrail() throws Exception {
        JsonNode list = json.readTree(http().get("/api/admin/backups", "admin", "demo").body());
        assertThat(list.findValuesAsText("file")).contains(backup.getFileName().toString());
        assertThat(jdbc.sql("SELECT count(*) FROM audit_log WHERE action = 'BACKUP' AND user_id = 'admin' AND detail LIKE ?")
                .param(backup.getFileName() + "%").query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void theNightlyRunKeepsTheNewestAndRunsOncePerNight() throws Exception {
        for (int day = 1; day <= properties.keep(); day++) {
            Files.writeString(properties.directory().resolve(String.format("danvan-200001%02d-013000.zip", day)), "old");
        }

        var first = backups.takeNightly(java.time.Duration.ofHours(12));
        var second = backups.takeNightly(java.time.Duration.ofHours(12));

        assertThat(first).as("the first node's nightly run").isPresent();
        assertThat(second).as("another node's run the same night").isEmpty();
        assertThat(backups.list()).hasSize(properties.keep())
                .extracting(BackupFile::file).first().isEqualTo(first.get().file());
        assertThat(properties.directory().resolve("danvan-20000101-013000.zip")).doesNotExist();
    }

    @Test
    void onlyAdministratorsMakeBackups() {
        assertThat(http().postJson("/api/admin/backups", "", "liennghia1", "demo").statusCode()).isEqualTo(403);
        assertThat(http().get("/api/admin/backups").statusCode()).isEqualTo(401);
    }

    @Test
    void aTruncatedBackupIsRefusedAndTheDataDirectoryIsUntouched(@TempDir Path dir) throws Exception {
        Path truncated = dir.resolve("truncated.zip");
        try (var in = Files.newInputStream(backup); OutputStream out = Files.newOutputStream(truncated)) {
            out.write(in.readNBytes((int) Math.min(Files.size(backup) / 2, Integer.MAX_VALUE - 8)));
        }
        assertRefusedUntouched(truncated, dir.resolve("data"), "incomplete");
    }

    @Test
    void anAlteredByteIsRefusedAndTheDataDirectoryIsUntouched(@TempDir Path dir) throws Exception {
        Path altered = dir.resolve("altered.zip");
        Files.copy(backup, altered);
        try (RandomAccessFile file = new RandomAccessFile(altered.toFile(), "rw")) {
            long middle = file.length() / 3;
            file.seek(middle);
            int b = file.read();
            file.seek(middle);
            file.write(b ^ 0x5A);
        }
        assertRefusedUntouched(altered, dir.resolve("data"), "damaged");
    }

    @Test
    void aForeignFileIsRefusedWithTheReason(@TempDir Path dir) throws Exception {
        Path text = Files.writeString(dir.resolve("dump.sql"), "-- PostgreSQL database dump\nCREATE TABLE t (id int);\n");
        assertRefusedUntouched(text, dir.resolve("data"), "not a danvan backup");

        Path otherZip = zip(dir.resolve("photos.zip"), Map.of("photo.jpg", "not a database"));
        assertRefusedUntouched(otherZip, dir.resolve("data"), "has no manifest.json");

        BackupManifest newer = new BackupManifest(BackupManifest.FORMAT, 1, Instant.now(),
                new BackupManifest.Postgres("16.4", 160004, "7300000000000000000", 1, "0/2000028", "0/2000100"),
                new BackupManifest.Application("33", "7.24.0"), List.of());
        Path otherVersion = zip(dir.resolve("pg16.zip"),
                Map.of(BackupArchive.MANIFEST, BackupArchive.JSON.writeValueAsString(newer)));
        assertRefusedUntouched(otherVersion, dir.resolve("data"), "made by PostgreSQL 16.4 and this danvan runs PostgreSQL 15");
    }

    @Test
    void theCommandSaysWhyItRefusedAndExitsWithTwo(@TempDir Path dir) throws Exception {
        Path text = Files.writeString(dir.resolve("notes.txt"), "hello");
        ByteArrayOutputStream output = new ByteArrayOutputStream();

        int status = RestoreCommand.run(new String[] {"restore", text.toString(), "--danvan.embedded.data-dir=" + dir.resolve("data")},
                new PrintStream(output, true, StandardCharsets.UTF_8));

        assertThat(status).isEqualTo(2);
        assertThat(output.toString(StandardCharsets.UTF_8)).startsWith("Restore refused: it is not a danvan backup")
                .contains("Nothing was changed in " + dir.resolve("data"));
    }

    @Test
    void aRestoreOverTheRunningDatabaseIsRefused() throws Exception {
        Path live = dataDir.toAbsolutePath();
        Map<String, String> before = tree(live.resolve("postgres"), false);

        assertThatThrownBy(() -> Restore.restore(backup, live)).isInstanceOf(BackupRefusedException.class)
                .hasMessageContaining("stop danvan first");

        assertThat(tree(live.resolve("postgres"), false)).isEqualTo(before);
        assertThat(jdbc.sql("SELECT count(*) FROM petition_case WHERE case_id = ?").param(after).query(Long.class).single())
                .as("the running database still has the case made after the backup").isEqualTo(1);
    }

    private void assertRefusedUntouched(Path file, Path data, String reason) throws IOException {
        Files.createDirectories(data.resolve("postgres"));
        Files.writeString(data.resolve("postgres").resolve("PG_VERSION"), "15\n");
        Files.createDirectories(data.resolve("kafka"));
        Files.writeString(data.resolve("kafka").resolve("meta.properties"), "node.id=1\n");
        Map<String, String> before = tree(data, true);

        assertThatThrownBy(() -> Restore.restore(file, data)).isInstanceOf(BackupRefusedException.class)
                .hasMessageContaining(reason);

        assertThat(tree(data, true)).as("the data directory after a refused restore").isEqualTo(before);
    }

    /** Every path under the directory with its content's hash (or only its size, for a live database). */
    private static Map<String, String> tree(Path root, boolean content) throws IOException {
        Map<String, String> tree = new TreeMap<>();
        try (Stream<Path> paths = Files.walk(root, content ? Integer.MAX_VALUE : 1)) {
            for (Path path : paths.toList()) {
                tree.put(root.relativize(path).toString(), Files.isDirectory(path) ? "dir"
                        : content ? UUID.nameUUIDFromBytes(Files.readAllBytes(path)).toString() : "file");
            }
        }
        return tree;
    }

    private static Path zip(Path file, Map<String, String> entries) throws IOException {
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            for (var entry : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(entry.getKey()));
                zip.write(entry.getValue().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return file;
    }

    private String newCase() throws IOException {
        var answer = http().postJson("/api/petitions", Petitions.json("liennghia", "Sao lưu"), "admin", "demo");
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(201);
        return json.readTree(answer.body()).path("caseId").asText();
    }

    private Http http() {
        return new Http(port);
    }
}
