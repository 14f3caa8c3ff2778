package vn.danvan.platform.backup;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The compose restore script refuses a file that is not a backup of this deployment before it stops
 * or changes anything: a stand-in {@code docker} records every call (no Docker engine runs here).
 */
class ComposeScriptsTest {

    @TempDir
    Path dir;
    Path calls;

    @BeforeEach
    void fakeDocker() throws IOException {
        calls = dir.resolve("docker-calls.log");
        Path bin = Files.createDirectories(dir.resolve("bin"));
        Path docker = bin.resolve("docker");
        Files.writeString(docker, """
                #!/usr/bin/env bash
                echo "$*" >> "%s"
                if [ "$1 $2" = "compose version" ]; then exit 0; fi
                if echo "$*" | grep -q "pg_restore --list"; then echo "pg_restore: error: input file does not appear to be a valid archive" >&2; exit 1; fi
                exit 0
                """.formatted(calls));
        Files.setPosixFilePermissions(docker, PosixFilePermissions.fromString("rwxr-xr-x"));
    }

    @Test
    void aFileThatIsNotABaseBackupIsRefusedBeforeAnythingStops() throws Exception {
        Path notGzip = Files.writeString(dir.resolve("notes.tar.gz"), "not a backup");
        Path otherTar = gzip(dir.resolve("photos.tar.gz"), "not a tar archive at all");

        assertRefused(List.of("base", notGzip.toString()), "is not a complete gzip file");
        assertRefused(List.of("base", otherTar.toString()), "is not a base backup (no backup_label)");
        assertRefused(List.of("base", dir.resolve("missing.tar.gz").toString()), "there is no file");
    }

    @Test
    void aFileThatIsNotADumpIsRefusedBeforeTheApplicationStops() throws Exception {
        Path file = Files.writeString(dir.resolve("danvan.dump"), "-- plain SQL, not custom format");

        assertRefused(List.of("dump", file.toString()), "is not a pg_dump file in custom format");
        assertThat(Files.readAllLines(calls)).as("only the check ran").allMatch(call -> call.startsWith("compose version")
                || call.contains("pg_restore --list"));
    }

    private void assertRefused(List<String> arguments, String reason) throws Exception {
        List<String> command = new java.util.ArrayList<>(List.of("bash", Path.of("scripts", "restore.sh").toAbsolutePath().toString()));
        command.addAll(arguments);
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put("PATH", dir.resolve("bin") + ":" + System.getenv("PATH"));
        builder.environment().put("DANVAN_BACKUP_DIR", dir.resolve("backups").toString());
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();

        assertThat(process.exitValue()).as(output).isEqualTo(2);
        assertThat(output).startsWith("Restore refused: ").contains(reason).contains("Nothing was changed.");
        List<String> made = Files.exists(calls) ? Files.readAllLines(calls) : List.of();
        assertThat(made).as("no container stopped, run or changed").noneMatch(call -> call.contains(" stop ")
                || call.contains(" run ") || call.contains("ALTER DATABASE"));
    }

    private static Path gzip(Path file, String content) throws IOException {
        try (GZIPOutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
            out.write(content.getBytes(StandardCharsets.UTF_8));
        }
        return file;
    }
}
