package vn.danvan.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The one rule for where the data key comes from ({@link DataKeyLoader}). */
class DataKeyLoaderTest {

    @TempDir
    Path data;

    private KeyRing load(Map<String, String> settings, String... profiles) {
        return DataKeyLoader.load(settings::get, profiles);
    }

    @Test
    void everyProfileButTheLocalRunRefusesToStartWithoutTheKeyNamingTheVariable() {
        for (String profile : new String[] {"prod", "test", "staging"}) {
            assertThatThrownBy(() -> load(Map.of("danvan.embedded.data-dir", data.toString()), profile))
                    .hasMessageContaining("DANVAN_DATA_KEY is not set");
        }
        assertThat(data.resolve("keys")).doesNotExist();
    }

    @Test
    void aKeyThatIsNotBase64Of32BytesIsRefusedNamingTheVariable() {
        assertThatThrownBy(() -> load(Map.of("DANVAN_DATA_KEY", "not base64!"), "prod")).hasMessageContaining("DANVAN_DATA_KEY");
        assertThatThrownBy(() -> load(Map.of("DANVAN_DATA_KEY", "c2hvcnQ="), "prod"))
                .hasMessageContaining("5 bytes, not 32").hasMessageContaining("DANVAN_DATA_KEY");
        assertThatThrownBy(() -> load(Map.of("DANVAN_DATA_KEY", FieldCipherTest.KEY_A, "DANVAN_DATA_KEYS_OLD", "c2hvcnQ="), "prod"))
                .hasMessageContaining("DANVAN_DATA_KEYS_OLD");
    }

    @Test
    void theLocalRunGeneratesItsKeyOnceUnderItsDataDirectoryReadableByItsOwnerOnly() throws Exception {
        KeyRing first = load(Map.of("danvan.embedded.data-dir", data.toString()));
        Path file = data.resolve("keys").resolve("data-key");
        assertThat(file).exists();
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file.getParent()))).isEqualTo("rwx------");
        assertThat(load(Map.of("danvan.embedded.data-dir", data.toString()), "fast-deadlines").currentId())
                .as("the same key at the next start, also with the local demo profile").isEqualTo(first.currentId());
        assertThat(load(Map.of("danvan.embedded.data-dir", data.toString(), "DANVAN_DATA_KEY", FieldCipherTest.KEY_A))
                .currentId()).as("the variable wins over the file").isNotEqualTo(first.currentId());
    }
}
