package vn.danvan.documents;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.danvan.organization.Unit;
import vn.danvan.organization.UnitDirectory;

/**
 * The issuing body of a unit's documents: a row of {@code document_issuer} where an administrator
 * wrote one, field by field, else what the unit table gives (its name, its kind's usual
 * abbreviation and signer; docs/documents.md lists the defaults).
 */
@Component
class Issuers {

    /** Abbreviation, signer's authority and title by unit kind; the row of a unit overrides them. */
    private static final Map<String, String[]> BY_KIND = Map.of(
            "COMMUNE", new String[] {"UBND", "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"},
            "RECEPTION", new String[] {"BTCD", null, "TRƯỞNG BAN"},
            "FRONT", new String[] {"MTTQ", "TM. BAN THƯỜNG TRỰC", "CHỦ TỊCH"},
            "ORGANISATION", new String[] {null, "TM. BAN THƯỜNG VỤ", "CHỦ TỊCH"},
            "PARTY", new String[] {null, "T/M BAN THƯỜNG VỤ", "BÍ THƯ"});

    private final JdbcClient jdbc;
    private final UnitDirectory units;
    private final DocumentProperties properties;

    Issuers(JdbcClient jdbc, UnitDirectory units, DocumentProperties properties) {
        this.jdbc = jdbc;
        this.units = units;
        this.properties = properties;
    }

    Issuer of(String unitCode) {
        Unit unit = units.find(unitCode).orElse(new Unit(unitCode, unitCode, Unit.COMMUNE, "COMMUNE", null, false));
        Issuer derived = derived(unit);
        return override(unitCode).map(row -> new Issuer(unitCode, or(row.parentName(), derived.parentName()),
                or(row.name(), derived.name()), derived.nameInText(), or(row.abbreviation(), derived.abbreviation()),
                or(row.place(), derived.place()), derived.party(), or(row.signerAuthority(), derived.signerAuthority()),
                or(row.signerTitle(), derived.signerTitle()), or(row.signerName(), derived.signerName()),
                derived.headTitle())).orElse(derived);
    }

    private Issuer derived(Unit unit) {
        String kind = unit.kind() == null ? "COMMUNE" : unit.kind();
        String[] defaults = BY_KIND.getOrDefault(kind, new String[] {null, null, "THỦ TRƯỞNG"});
        boolean commune = "COMMUNE".equals(kind);
        boolean party = "PARTY".equals(kind);
        // a commune's petitions are answered by its people's committee, which issues in its own name
        String nameInText = commune ? "Ủy ban nhân dân " + Vietnamese.lowerFirst(unit.name()) : unit.name();
        String abbreviation = defaults[0] != null ? defaults[0] : Vietnamese.initials(unit.name());
        String place = commune ? Vietnamese.placeOf(unit.name()) : properties.place();
        String title = defaults[2];
        // no body above by default: the unit table does not say which one it is (a row of document_issuer does)
        // a commune's committee is printed on two lines, as offices write it: ỦY BAN NHÂN DÂN / XÃ HIỆP AN
        String name = commune ? "ỦY BAN NHÂN DÂN\n" + Vietnamese.upper(unit.name()) : Vietnamese.upper(nameInText);
        return new Issuer(unit.code(), null, name, nameInText, abbreviation, place, party,
                defaults[1], title, null, Vietnamese.capitalise(title.toLowerCase(Locale.ROOT)) + " " + nameInText);
    }

    private Optional<Issuer> override(String unitCode) {
        return jdbc.sql("""
                SELECT parent_name, name, abbreviation, place, signer_authority, signer_title, signer_name
                FROM document_issuer WHERE unit_code = ?""").param(unitCode)
                .query((rs, row) -> new Issuer(unitCode, rs.getString("parent_name"), rs.getString("name"), null,
                        rs.getString("abbreviation"), rs.getString("place"), false, rs.getString("signer_authority"),
                        rs.getString("signer_title"), rs.getString("signer_name"), null))
                .optional();
    }

    private static String or(String value, String fallback) {
        return value == null || value.isBlank() ? fallback : value;
    }
}
