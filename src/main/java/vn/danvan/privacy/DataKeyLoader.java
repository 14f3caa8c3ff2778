package vn.danvan.privacy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The rule for where the data key comes from, in one place:
 * <ul>
 * <li>{@code DANVAN_DATA_KEY} (base64 of 32 random bytes) when it is set, in every profile;</li>
 * <li>otherwise, only in the local default run (no profile, or only the local demo profiles), the
 * key file {@code <danvan.embedded.data-dir>/keys/data-key}, generated at the first start and
 * readable by its owner only;</li>
 * <li>otherwise the application refuses to start, naming the variable: a server that invented its
 * own key would write data nobody else can read after a move or a restore.</li>
 * </ul>
 * {@code DANVAN_DATA_KEYS_OLD} (comma-separated, same format) holds keys of earlier rotations,
 * which read but never write.
 */
public final class DataKeyLoader {

    public static final String KEY_VARIABLE = "DANVAN_DATA_KEY";
    public static final String OLD_KEYS_VARIABLE = "DANVAN_DATA_KEYS_OLD";
    /** Profiles of the local run that may generate a key: the demo of shortened deadlines. */
    static final Set<String> LOCAL_PROFILES = Set.of("fast-deadlines");

    private static final Logger log = LoggerFactory.getLogger(DataKeyLoader.class);

    private DataKeyLoader() {
    }

    /**
     * @param property   reads a setting (environment variable, system property, application.yml)
     * @param profiles   the active Spring profiles
     */
    public static KeyRing load(Function<String, String> property, String[] profiles) {
        String value = property.apply(KEY_VARIABLE);
        DataKey current;
        if (value != null && !value.isBlank()) {
            current = decode(value, KEY_VARIABLE);
        } else if (Arrays.stream(profiles).allMatch(LOCAL_PROFILES::contains)) {
            String dataDir = property.apply("danvan.embedded.data-dir");
            current = decode(keyFile(Path.of(dataDir == null ? "./data" : dataDir)), "the key file");
        } else {
            throw new IllegalStateException("Environment variable " + KEY_VARIABLE + " is not set: the petitioners' "
                    + "personal data is encrypted with it. Set it to the base64 of 32 random bytes "
                    + "(openssl rand -base64 32), the same on every node, and keep a copy apart from the backups "
                    + "(profiles " + Arrays.toString(profiles) + "; only the local default run generates its own key)");
        }
        List<DataKey> old = new ArrayList<>();
        String olds = property.apply(OLD_KEYS_VARIABLE);
        if (olds != null && !olds.isBlank()) {
            for (String one : olds.split(",")) {
                if (!one.isBlank()) {
                    old.add(decode(one, OLD_KEYS_VARIABLE));
                }
            }
        }
        return new KeyRing(current, old);
    }

    private static DataKey decode(String base64, String source) {
        byte[] raw;
        try {
            raw = Base64.getDecoder().decode(base64.strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(source + " is not base64: set " + KEY_VARIABLE
                    + " to the base64 of 32 random bytes (openssl rand -base64 32)");
        }
        if (raw.length != DataKey.BYTES) {
            throw new IllegalStateException(source + " is " + raw.length + " bytes, not 32 (256 bits): set "
                    + KEY_VARIABLE + " to the base64 of 32 random bytes (openssl rand -base64 32)");
        }
        return DataKey.of(raw);
    }

    /** The local run's key: read, or made once with owner-only permissions before anything is encrypted. */
    static synchronized String keyFile(Path dataDirectory) {
        Path directory = dataDirectory.toAbsolutePath().normalize().resolve("keys");
        Path file = directory.resolve("data-key");
        try {
            if (Files.exists(file)) {
                return Files.readString(file, StandardCharsets.US_ASCII).strip();
            }
            boolean posix = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
            Files.createDirectories(directory);
            if (posix) {
                Files.setPosixFilePermissions(directory, PosixFilePermissions.fromString("rwx------"));
            }
            byte[] raw = new byte[DataKey.BYTES];
            new SecureRandom().nextBytes(raw);
            String encoded = Base64.getEncoder().encodeToString(raw);
            Path partial = directory.resolve("data-key.new");
            Files.deleteIfExists(partial);
            if (posix) {
                Files.createFile(partial, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            }
            Files.writeString(partial, encoded + "\n", StandardCharsets.US_ASCII);
            Files.move(partial, file, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
            log.warn("Generated a new data key in {}. Personal data is encrypted with it: copy this file off the machine "
                    + "and keep it apart from the backups; without it a restored backup's petitioners cannot be read", file);
            return encoded;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read or create the local data key in " + directory, e);
        }
    }
}
