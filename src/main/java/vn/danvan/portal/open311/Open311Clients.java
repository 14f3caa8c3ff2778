package vn.danvan.portal.open311;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The API keys of Open311 clients. Each key belongs to a service account (a Camunda user of the
 * intake service group); only the key's SHA-256 is stored, so a database dump reveals no key.
 */
@Service
class Open311Clients {

    private final JdbcClient jdbc;

    Open311Clients(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The service account of a key, or 403. */
    String userOf(String apiKey) {
        return find(apiKey).orElseThrow(() -> new Open311Error(HttpStatus.FORBIDDEN, "api_key is missing or not valid"));
    }

    Optional<String> find(String apiKey) {
        if (apiKey == null || apiKey.isBlank() || apiKey.length() > 200) {
            return Optional.empty();
        }
        return jdbc.sql("SELECT user_id FROM open311_client WHERE key_sha256 = ?").param(hash(apiKey))
                .query(String.class).optional();
    }

    void register(String apiKey, String userId, String name) {
        jdbc.sql("INSERT INTO open311_client (key_sha256, user_id, name) VALUES (?, ?, ?) ON CONFLICT DO NOTHING")
                .params(hash(apiKey), userId, name).update();
    }

    static String hash(String apiKey) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(apiKey.getBytes(StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
