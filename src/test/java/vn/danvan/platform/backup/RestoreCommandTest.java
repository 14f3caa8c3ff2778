package vn.danvan.platform.backup;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RestoreCommandTest {

    @Test
    void theServerJarRefusesToRestoreAndChangesNothing(@TempDir Path dir) throws Exception {
        Path backup = Files.writeString(dir.resolve("danvan-20261130-013000.zip"), "not read");
        Path data = Files.createDirectories(dir.resolve("data"));
        ByteArrayOutputStream output = new ByteArrayOutputStream();

        int status = RestoreCommand.run(new String[] {"restore", backup.toString(), "--danvan.embedded.data-dir=" + data},
                new PrintStream(output, true, StandardCharsets.UTF_8), false);

        assertThat(status).isEqualTo(2);
        assertThat(output.toString(StandardCharsets.UTF_8)).startsWith("Restore refused: this is danvan-server.jar")
                .contains("scripts/restore.sh");
        try (var left = Files.list(data)) {
            assertThat(left).isEmpty();
        }
    }
}
