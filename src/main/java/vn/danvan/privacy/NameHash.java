package vn.danvan.privacy;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.Locale;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * A keyed hash (HMAC-SHA256) of a normalised name, stored beside the encrypted name so that
 * officers can still find a petitioner's cases: "Nguyễn  Văn Bình" and "nguyen van binh" hash alike.
 * Its key is derived from the data key (an HMAC of a fixed label), so nobody without the key can
 * test guessed names against the column. Search is by the exact normalised name, not by a part.
 */
public final class NameHash {

    private final byte[] hashKey;

    public NameHash(KeyRing keys) {
        this.hashKey = hmac(keys.current().key().getEncoded(), "danvan name hash v1".getBytes(StandardCharsets.UTF_8));
    }

    /** The hash of a name, or null for a blank one. */
    public String of(String name) {
        String normal = normalise(name);
        return normal.isEmpty() ? null : HexFormat.of().formatHex(hmac(hashKey, normal.getBytes(StandardCharsets.UTF_8)));
    }

    /** Lower case, Vietnamese diacritics removed (đ as d), whitespace collapsed to one space. */
    public static String normalise(String name) {
        if (name == null) {
            return "";
        }
        String decomposed = Normalizer.normalize(name.toLowerCase(Locale.ROOT), Normalizer.Form.NFD);
        return decomposed.replaceAll("\\p{M}+", "").replace('đ', 'd').replaceAll("\\s+", " ").strip();
    }

    private static byte[] hmac(byte[] key, byte[] data) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(data);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available in this JDK", e);
        }
    }
}
