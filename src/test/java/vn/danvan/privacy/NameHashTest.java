package vn.danvan.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NameHashTest {

    private final NameHash hash = new NameHash(FieldCipherTest.cipher(FieldCipherTest.KEY_A).keys());

    @Test
    void normalisesCaseVietnameseDiacriticsAndWhitespace() {
        assertThat(NameHash.normalise("  Nguyễn   Văn\tBình ")).isEqualTo("nguyen van binh");
        assertThat(NameHash.normalise("ĐỖ THỊ ĐẠT")).isEqualTo("do thi dat");
        assertThat(NameHash.normalise("Phạm Ngọc Ảnh")).isEqualTo("pham ngoc anh");
        // decomposed input (as some keyboards send it) normalises the same
        assertThat(NameHash.normalise(java.text.Normalizer.normalize("Hoàng Quốc Việt", java.text.Normalizer.Form.NFD)))
                .isEqualTo("hoang quoc viet");
    }

    @Test
    void theSameNameWrittenDifferentlyHashesAlikeAndDependsOnTheKey() {
        assertThat(hash.of("Nguyễn Văn Bình")).hasSize(64).isEqualTo(hash.of("nguyen  van BINH"))
                .isEqualTo(hash.of("Nguyễn Văn Bính")).as("diacritics do not count").isNotEqualTo(hash.of("Nguyễn Văn"));
        NameHash otherKey = new NameHash(FieldCipherTest.cipher(FieldCipherTest.KEY_B).keys());
        assertThat(otherKey.of("Nguyễn Văn Bình")).isNotEqualTo(hash.of("Nguyễn Văn Bình"));
        assertThat(hash.of("  ")).isNull();
    }
}
