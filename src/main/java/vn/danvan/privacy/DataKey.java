package vn.danvan.privacy;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

/**
 * One 256-bit AES key and its id. The id is the start of the key's SHA-256 fingerprint: stored with
 * every ciphertext, it tells which key of the ring opens it, and reveals nothing usable of the key.
 */
record DataKey(String id, SecretKey key) {

    static final int BYTES = 32;

    static DataKey of(byte[] raw) {
        if (raw.length != BYTES) {
            throw new IllegalArgumentException("a data key is 32 bytes (256 bits), this one is " + raw.length);
        }
        try {
            byte[] fingerprint = MessageDigest.getInstance("SHA-256").digest(
                    concat("danvan data key id".getBytes(StandardCharsets.US_ASCII), raw));
            return new DataKey(HexFormat.of().formatHex(fingerprint, 0, 4), new SecretKeySpec(raw, "AES"));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] all = new byte[a.length + b.length];
        System.arraycopy(a, 0, all, 0, a.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }

    @Override
    public String toString() {
        return "DataKey " + id;
    }
}
