package vn.danvan.faults;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Iterator;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * Petitions that must be refused, generated with jqwik from a valid one by one mutation each: a
 * missing or blank field, a value too long, of the wrong type or outside its enum, an unknown unit,
 * text with NUL, broken or non-JSON bytes. Each knows the field its refusal must name ("(body)" when
 * the body as a whole is unreadable). Valid petitions with awkward text (markup, emoji, every
 * Vietnamese diacritic) come from {@link #valid(String)}. jqwik's sample streams are used outside
 * a property (the tests around them are Spring tests), so a failure reports the input itself.
 */
final class HostileInputs {

    /** One input and the field its refusal must name. */
    record Hostile(String kind, byte[] body, String field) {

        String text() {
            return new String(body, StandardCharsets.UTF_8);
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final String VIETNAMESE = "aăâbcdđeêghiklmnoôơpqrstuưvxyáàảãạắằẳẵặấầẩẫậéèẻẽẹếềểễệíìỉĩịóòỏõọốồổỗộớờởỡợúùủũụứừửữựýỳỷỹỵ"
            + "ĐĂÂÊÔƠƯ ";
    private static final List<String> REQUIRED = List.of("unitCode", "channel", "subject", "content", "petitioner",
            "petitioner.fullName");
    private static final List<String> TEXT_FIELDS = List.of("unitCode", "subject", "content", "petitioner.fullName");

    private final Iterator<Hostile> hostile = Arbitraries.oneOf(missing(), blank(), tooLong(), wrongType(),
            outsideEnum(), unknownUnit(), badPattern(), nul(), truncated(), notJson(), notAnObject(), tooDeep())
            .sampleStream().iterator();
    private final Iterator<String> text = Arbitraries.strings().withChars(VIETNAMESE).ofMinLength(3).ofMaxLength(120)
            .filter(s -> !s.isBlank()).sampleStream().iterator();

    Hostile next() {
        return hostile.next();
    }

    /** A valid petition whose text a careless system would mangle. */
    String valid(String unitCode) {
        ObjectNode petition = base(unitCode);
        petition.put("subject", text.next().strip() + " <b>&amp;</b> \"trích\" 🙏");
        petition.put("content", "${1+1} #{x} <script>x</script> " + text.next());
        return petition.toString();
    }

    static ObjectNode base(String unitCode) {
        ObjectNode petition = NODES.objectNode();
        petition.put("unitCode", unitCode);
        petition.put("channel", "ONLINE");
        petition.put("subject", "Đường làng bị ngập");
        petition.put("content", "Đề nghị xã khơi thông cống thoát nước.");
        ObjectNode petitioner = petition.putObject("petitioner");
        petitioner.put("fullName", "Trần Thị Hoa");
        petitioner.put("phone", "0912 345 678");
        return petition;
    }

    private static Arbitrary<Hostile> missing() {
        return Arbitraries.of(REQUIRED).map(field -> {
            ObjectNode petition = base("liennghia");
            parent(petition, field).remove(leaf(field));
            return hostile("missing " + field, petition, field);
        });
    }

    private static Arbitrary<Hostile> blank() {
        return Combinators.combine(Arbitraries.of(TEXT_FIELDS),
                Arbitraries.strings().withChars(" \t\r\n").ofMaxLength(20)).as((field, value) -> {
                    ObjectNode petition = base("liennghia");
                    parent(petition, field).put(leaf(field), value);
                    return hostile("blank " + field, petition, field);
                });
    }

    private static Arbitrary<Hostile> tooLong() {
        record Limit(String field, int max) {
        }
        return Combinators.combine(Arbitraries.of(new Limit("unitCode", 40), new Limit("subject", 300),
                new Limit("petitioner.fullName", 200), new Limit("petitioner.address", 500),
                new Limit("content", 20_000)), Arbitraries.integers().between(1, 400),
                Arbitraries.chars().with(VIETNAMESE.toCharArray())).as((limit, over, c) -> {
                    ObjectNode petition = base("liennghia");
                    parent(petition, limit.field()).put(leaf(limit.field()), String.valueOf(c).repeat(limit.max() + over));
                    return hostile("too long " + limit.field(), petition, limit.field());
                });
    }

    private static Arbitrary<Hostile> wrongType() {
        return Combinators.combine(Arbitraries.of("unitCode", "subject", "content", "petitioner", "channel", "type",
                "receivedAt", "petitioner.fullName"), Arbitraries.of("array", "object", "boolean", "number"))
                .filter((field, kind) -> !(kind.equals("number") || kind.equals("boolean")) || !isPlainText(field))
                .filter((field, kind) -> !(field.equals("receivedAt") && kind.equals("number")))
                .as((field, kind) -> {
                    ObjectNode petition = base("liennghia");
                    ObjectNode parent = parent(petition, field);
                    switch (kind) {
                        case "array" -> parent.putArray(leaf(field)).add("x");
                        case "object" -> parent.putObject(leaf(field)).put("x", 1);
                        case "boolean" -> parent.put(leaf(field), true);
                        default -> parent.put(leaf(field), 3);
                    }
                    return hostile(kind + " as " + field, petition, field);
                });
    }

    /**
     * Jackson turns a number or boolean into text for a text field, and a number into epoch seconds for
     * a date; those are accepted, not hostile.
     */
    private static boolean isPlainText(String field) {
        return TEXT_FIELDS.contains(field);
    }

    private static Arbitrary<Hostile> outsideEnum() {
        return Combinators.combine(Arbitraries.of("channel", "type", "receivedAt"),
                Arbitraries.strings().alpha().numeric().ofMinLength(1).ofMaxLength(30)
                        .filter(s -> !List.of("WALK_IN", "MAIL", "HOTLINE", "ONLINE", "FORWARDED", "COMPLAINT",
                                "DENUNCIATION", "RECOMMENDATION", "FEEDBACK").contains(s)))
                .as((field, value) -> {
                    ObjectNode petition = base("liennghia");
                    petition.put(field, value);
                    return hostile("outside enum " + field, petition, field);
                });
    }

    private static Arbitrary<Hostile> unknownUnit() {
        return Arbitraries.strings().withCharRange('a', 'z').ofMinLength(1).ofMaxLength(40).map(code -> "x-" + code)
                .map(code -> hostile("unknown unit", base(code.substring(0, Math.min(40, code.length()))), "unitCode"));
    }

    private static Arbitrary<Hostile> badPattern() {
        return Combinators.combine(Arbitraries.of("petitioner.phone", "externalReference"),
                Arbitraries.strings().withChars("/#?@!\"'<>").ofMinLength(1).ofMaxLength(20)).as((field, value) -> {
                    ObjectNode petition = base("liennghia");
                    parent(petition, field).put(leaf(field), "1" + value);
                    return hostile("bad pattern " + field, petition, field);
                });
    }

    /** PostgreSQL cannot store NUL in text: the refusal must come before the database's. */
    private static Arbitrary<Hostile> nul() {
        return Combinators.combine(Arbitraries.of(TEXT_FIELDS), Arbitraries.integers().between(0, 10))
                .as((field, position) -> {
                    ObjectNode petition = base("liennghia");
                    String value = parent(petition, field).path(leaf(field)).asText();
                    int at = Math.min(position, value.length());
                    parent(petition, field).put(leaf(field), value.substring(0, at) + '\u0000' + value.substring(at));
                    return hostile("NUL in " + field, petition, field);
                });
    }

    private static Arbitrary<Hostile> truncated() {
        String whole = base("liennghia").toString();
        return Arbitraries.integers().between(0, whole.length() - 1).map(length -> new Hostile("truncated JSON",
                whole.substring(0, length).getBytes(StandardCharsets.UTF_8), "(body)"));
    }

    private static Arbitrary<Hostile> notJson() {
        return Arbitraries.bytes().array(byte[].class).ofMinSize(1).ofMaxSize(300)
                .filter(bytes -> bytes[0] != '{' && bytes[0] != '[' && bytes[0] != '"' && !Character.isDigit(bytes[0]))
                .map(bytes -> new Hostile("random bytes", bytes, "(body)"));
    }

    private static Arbitrary<Hostile> notAnObject() {
        return Arbitraries.of("[]", "[{\"unitCode\": \"liennghia\"}]", "42", "\"đơn\"", "null", "true")
                .map(body -> new Hostile("JSON that is not an object", body.getBytes(StandardCharsets.UTF_8), "(body)"));
    }

    /** Deeper than Jackson's nesting limit (1000): refused by the parser, not by a stack overflow. */
    private static Arbitrary<Hostile> tooDeep() {
        return Arbitraries.integers().between(1_001, 5_000).map(depth -> {
            ObjectNode petition = base("liennghia");
            petition.putArray("extra");
            String body = petition.toString().replace("\"extra\":[]", "\"extra\":" + "[".repeat(depth) + "]".repeat(depth));
            return new Hostile("nested " + depth + " deep", body.getBytes(StandardCharsets.UTF_8), "(body)");
        });
    }

    private static Hostile hostile(String kind, ObjectNode petition, String field) {
        try {
            return new Hostile(kind, JSON.writeValueAsBytes(petition), field);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static ObjectNode parent(ObjectNode petition, String field) {
        return field.startsWith("petitioner.") ? (ObjectNode) petition.get("petitioner") : petition;
    }

    private static String leaf(String field) {
        return field.substring(field.lastIndexOf('.') + 1);
    }
}
