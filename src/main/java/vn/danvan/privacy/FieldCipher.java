package vn.danvan.privacy;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;

/**
 * AES-256-GCM of single fields, with the JDK's provider. A text field is stored as
 * {@code v1:<key id>:<base64 of nonce, ciphertext and tag>}, a byte field as {@code DV1<key id>}
 * followed by the same bytes: the key id says which key of the ring opens it, so keys rotate
 * without a flag day. Each value gets a fresh random 96-bit nonce; the tag makes any change to
 * the stored value an error, never a wrong text. The column name is bound as associated data, so a
 * value copied into another column does not decrypt there.
 */
public final class FieldCipher {

    private static final String TEXT_PREFIX = "v1:";
    private static final byte[] BYTES_MAGIC = "DV1".getBytes(StandardCharsets.US_ASCII);
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final int ID_LENGTH = 8;

    private final KeyRing keys;
    private final SecureRandom random = new SecureRandom();

    public FieldCipher(KeyRing keys) {
        this.keys = keys;
    }

    public KeyRing keys() {
        return keys;
    }

    /** The stored form of a text, or null for null. */
    public String seal(String field, String plain) {
        if (plain == null) {
            return null;
        }
        DataKey key = keys.current();
        return TEXT_PREFIX + key.id() + ":" + Base64.getEncoder().encodeToString(
                encrypt(key, field, plain.getBytes(StandardCharsets.UTF_8)));
    }

    /** The text of a stored value, or null for null; a value no key of the ring opens is an error. */
    public String open(String field, String stored) {
        if (stored == null) {
            return null;
        }
        if (!isSealed(stored)) {
            throw new UndecryptableException(field + " is not encrypted (expected v1:<key id>:...)");
        }
        String id = stored.substring(TEXT_PREFIX.length(), TEXT_PREFIX.length() + ID_LENGTH);
        byte[] sealed = Base64.getDecoder().decode(stored.substring(TEXT_PREFIX.length() + ID_LENGTH + 1));
        return new String(decrypt(key(id, field), field, sealed), StandardCharsets.UTF_8);
    }

    public static boolean isSealed(String stored) {
        return stored != null && stored.startsWith(TEXT_PREFIX) && stored.length() > TEXT_PREFIX.length() + ID_LENGTH
                && stored.charAt(TEXT_PREFIX.length() + ID_LENGTH) == ':';
    }

    /** The key id a stored text was sealed with, or null when it is not sealed. */
    public static String keyIdOf(String stored) {
        return isSealed(stored) ? stored.substring(TEXT_PREFIX.length(), TEXT_PREFIX.length() + ID_LENGTH) : null;
    }

    public byte[] seal(String field, byte[] plain) {
        if (plain == null) {
            return null;
        }
        DataKey key = keys.current();
        byte[] sealed = encrypt(key, field, plain);
        return ByteBuffer.allocate(BYTES_MAGIC.length + ID_LENGTH + sealed.length).put(BYTES_MAGIC)
                .put(key.id().getBytes(StandardCharsets.US_ASCII)).put(sealed).array();
    }

    public byte[] open(String field, byte[] stored) {
        if (stored == null) {
            return null;
        }
        if (!isSealed(stored)) {
            throw new UndecryptableException(field + " is not encrypted");
        }
        String id = keyIdOf(stored);
        byte[] sealed = java.util.Arrays.copyOfRange(stored, BYTES_MAGIC.length + ID_LENGTH, stored.length);
        return decrypt(key(id, field), field, sealed);
    }

    public static boolean isSealed(byte[] stored) {
        return stored != null && stored.length > BYTES_MAGIC.length + ID_LENGTH
                && java.util.Arrays.equals(stored, 0, BYTES_MAGIC.length, BYTES_MAGIC, 0, BYTES_MAGIC.length);
    }

    public static String keyIdOf(byte[] stored) {
        return isSealed(stored) ? new String(stored, BYTES_MAGIC.length, ID_LENGTH, StandardCharsets.US_ASCII) : null;
    }

    private DataKey key(String id, String field) {
        return keys.find(id).orElseThrow(() -> new UndecryptableException(field + " was encrypted with key " + id
                + ", which is neither " + DataKeyLoader.KEY_VARIABLE + " nor in " + DataKeyLoader.OLD_KEYS_VARIABLE));
    }

    private byte[] encrypt(DataKey key, String field, byte[] plain) {
        try {
            byte[] nonce = new byte[NONCE_BYTES];
            random.nextBytes(nonce);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key.key(), new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(field.getBytes(StandardCharsets.UTF_8));
            byte[] encrypted = cipher.doFinal(plain);
            return ByteBuffer.allocate(NONCE_BYTES + encrypted.length).put(nonce).put(encrypted).array();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available in this JDK", e);
        }
    }

    private static byte[] decrypt(DataKey key, String field, byte[] sealed) {
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key.key(), new GCMParameterSpec(TAG_BITS, sealed, 0, NONCE_BYTES));
            cipher.updateAAD(field.getBytes(StandardCharsets.UTF_8));
            return cipher.doFinal(sealed, NONCE_BYTES, sealed.length - NONCE_BYTES);
        } catch (javax.crypto.AEADBadTagException e) {
            throw new UndecryptableException(field + " does not decrypt with key " + key.id() + ": changed or damaged");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available in this JDK", e);
        }
    }

    /** A stored value that no key of the ring opens, or that was changed. */
    public static class UndecryptableException extends RuntimeException {
        UndecryptableException(String message) {
            super(message);
        }
    }
}
