package vn.danvan.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;

class FieldCipherTest {

    static final String KEY_A = Base64.getEncoder().encodeToString("aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa".getBytes(StandardCharsets.US_ASCII));
    static final String KEY_B = Base64.getEncoder().encodeToString("bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb".getBytes(StandardCharsets.US_ASCII));

    static FieldCipher cipher(String current, String... old) {
        return new FieldCipher(DataKeyLoader.load(name -> switch (name) {
            case DataKeyLoader.KEY_VARIABLE -> current;
            case DataKeyLoader.OLD_KEYS_VARIABLE -> String.join(",", old);
            default -> null;
        }, new String[] {"prod"}));
    }

    @Test
    void sealsTextSoThatItIsNotInTheStoredFormAndOpensAgain() {
        FieldCipher cipher = cipher(KEY_A);
        String sealed = cipher.seal("petition_case.petitioner_name", "Nguyễn Văn Bình");
        assertThat(sealed).startsWith("v1:" + cipher.keys().currentId() + ":").doesNotContain("Nguy").doesNotContain("Bình");
        assertThat(cipher.seal("petition_case.petitioner_name", "Nguyễn Văn Bình")).as("a fresh nonce each time")
                .isNotEqualTo(sealed);
        assertThat(cipher.open("petition_case.petitioner_name", sealed)).isEqualTo("Nguyễn Văn Bình");
        assertThat(cipher.seal("x", (String) null)).isNull();
    }

    @Test
    void aValueMovedToAnotherColumnOrChangedDoesNotOpen() {
        FieldCipher cipher = cipher(KEY_A);
        String sealed = cipher.seal("petition_case.petitioner_name", "Trần Thị Hoa");
        assertThatThrownBy(() -> cipher.open("petition_case.petitioner_phone", sealed))
                .isInstanceOf(FieldCipher.UndecryptableException.class);
        char[] chars = sealed.toCharArray();
        chars[chars.length - 3] = chars[chars.length - 3] == 'A' ? 'B' : 'A';
        assertThatThrownBy(() -> cipher.open("petition_case.petitioner_name", new String(chars)))
                .isInstanceOf(FieldCipher.UndecryptableException.class);
        assertThatThrownBy(() -> cipher.open("petition_case.petitioner_name", "Trần Thị Hoa"))
                .hasMessageContaining("not encrypted");
    }

    @Test
    void afterARotationTheOldKeyStillReadsAndTheNewOneWrites() {
        FieldCipher before = cipher(KEY_A);
        String old = before.seal("f", "Lê Văn Tám");
        byte[] oldBytes = before.seal("c", new byte[] {1, 2, 3});
        FieldCipher after = cipher(KEY_B, KEY_A);
        assertThat(after.open("f", old)).isEqualTo("Lê Văn Tám");
        assertThat(after.open("c", oldBytes)).containsExactly(1, 2, 3);
        assertThat(FieldCipher.keyIdOf(after.seal("f", "x"))).isEqualTo(after.keys().currentId())
                .isNotEqualTo(FieldCipher.keyIdOf(old));
        assertThat(FieldCipher.keyIdOf(after.seal("c", new byte[] {9}))).isEqualTo(after.keys().currentId());
        assertThatThrownBy(() -> cipher(KEY_B).open("f", old)).as("without the old key")
                .hasMessageContaining(DataKeyLoader.OLD_KEYS_VARIABLE);
        assertThat(List.copyOf(after.keys().ids())).hasSize(2).first().isEqualTo(after.keys().currentId());
    }
}
