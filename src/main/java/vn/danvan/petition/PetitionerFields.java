package vn.danvan.petition;

import java.time.Instant;
import org.springframework.stereotype.Component;
import vn.danvan.privacy.FieldCipher;
import vn.danvan.privacy.NameHash;

/**
 * The petitioner's personal fields of {@code petition_case} as stored: AES-GCM ciphertext (each
 * bound to its column name) and the keyed hash of the name. Every read and write of those columns
 * goes through here.
 */
@Component
class PetitionerFields {

    static final String NAME = "petition_case.petitioner_name";
    static final String PHONE = "petition_case.petitioner_phone";
    static final String ADDRESS = "petition_case.petitioner_address";
    static final String EMAIL = "petition_case.petitioner_email";

    /** What a case shows for a petitioner whose data the retention job removed. */
    static final String ANONYMISED = "(đã xóa dữ liệu cá nhân khi hết thời hạn lưu trữ)";

    private final FieldCipher cipher;
    private final NameHash hash;

    PetitionerFields(FieldCipher cipher, NameHash hash) {
        this.cipher = cipher;
        this.hash = hash;
    }

    String seal(String field, String plain) {
        return cipher.seal(field, plain);
    }

    String open(String field, String stored) {
        return cipher.open(field, stored);
    }

    String name(String stored, Instant anonymisedAt) {
        return stored == null && anonymisedAt != null ? ANONYMISED : cipher.open(NAME, stored);
    }

    /** The keyed hash of a name as searched and stored (null for a blank name). */
    String nameHash(String name) {
        return hash.of(name);
    }

    FieldCipher cipher() {
        return cipher;
    }
}
