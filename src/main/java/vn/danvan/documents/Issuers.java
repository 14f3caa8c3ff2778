package vn.danvan.documents;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.danvan.organization.Unit;
import vn.danvan.organization.UnitDirectory;
import vn.danvan.organization.UnitKind;

/**
 * The issuing body of a unit's documents: a row of {@code document_issuer} where an administrator
 * wrote one, field by field, else what the unit table gives (its name, its kind's usual
 * abbreviation and signer; docs/documents.md lists the defaults).
 */
@Component
class Issuers {

    /** Abbreviation (null: the name's initials), signer's authority and title by unit kind; a unit's row overrides them. */
    private static final Map<UnitKind, String[]> BY_KIND = Map.of(
            UnitKind.COMMUNE, new String[] {"UBND", "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"},
            UnitKind.RECEPTION, new String[] {"BTCD", null, "TRƯỞNG BAN"},
            UnitKind.FRONT, new String[] {"MTTQ", "TM. BAN THƯỜNG TRỰC", "CHỦ TỊCH"},
            UnitKind.ORGANISATION, new String[] {null, "TM. BAN THƯỜNG VỤ", "CHỦ TỊCH"},
            UnitKind.PARTY, new String[] {null, "T/M BAN THƯỜNG VỤ", "BÍ THƯ"});

    private final JdbcClient jdbc;
    private final UnitDirectory units;
    private final DocumentProperties properties;

    Issuers(JdbcClient jdbc, UnitDirectory units, DocumentProperties properties) {
        this.jdbc = jdbc;
        this.units = units;
        this.properties = properties;
    }

    Issuer of(String unitCode) {
        Issuer derived = units.find(unitCode).map(this::derived).orElse(unknown(unitCode));
        return override(unitCode).map(row -> new Issuer(unitCode, or(row.parentName(), derived.parentName()),
                or(row.name(), derived.name()), derived.nameInText(), or(row.abbreviation(), derived.abbreviation()),
                or(row.place(), derived.place()), derived.party(), or(row.signerAuthority(), derived.signerAuthority()),
                or(row.signerTitle(), derived.signerTitle()), or(row.signerName(), derived.signerName()),
                derived.headTitle())).orElse(derived);
    }

    private Issuer derived(Unit unit) {
        String[] defaults = BY_KIND.getOrDefault(unit.kind(), new String[] {null, null, "THỦ TRƯỞNG"});
        boolean commune = unit.kind() == UnitKind.COMMUNE;
        boolean party = unit.kind() == UnitKind.PARTY;
        // a commune's petitions are answered by its people's committee, which issues in its own name
        String nameInText = commune ? "Ủy ban nhân dân " + Vietnamese.lowerFirst(unit.name()) : unit.name();
        String abbreviation = defaults[0] != null ? defaults[0] : Vietnamese.initials(unit.name());
        String title = defaults[2];
        // a commune's committee is printed on two lines, as offices write it: ỦY BAN NHÂN DÂN / XÃ HIỆP AN;
        // no body above by default: the unit table does not say which one it is (a row of document_issuer does)
        String name = commune ? "ỦY BAN NHÂN DÂN\n" + Vietnamese.upper(unit.name()) : Vietnamese.upper(nameInText);
        return new Issuer(unit.code(), null, name, nameInText, abbreviation, placeOf(unit), party, defaults[1], title,
                null, Vietnamese.capitalise(title.toLowerCase(Locale.ROOT)) + " " + nameInText);
    }

    /** A commune-level body dates its papers at its commune ("Hiệp An, ngày ..."); the others at the configured place. */
    private String placeOf(Unit unit) {
        String commune = unit.kind() == UnitKind.COMMUNE ? unit.code() : unit.communeCode();
        return Optional.ofNullable(commune).flatMap(units::find).map(c -> Vietnamese.placeOf(c.name()))
                .orElse(properties.place());
    }

    /** A unit since removed from the table: its code is all there is to print. */
    private Issuer unknown(String unitCode) {
        String code = Vietnamese.upper(unitCode);
        return new Issuer(unitCode, null, code, unitCode, code, properties.place(), false, null, "THỦ TRƯỞNG", null,
                "Thủ trưởng " + unitCode);
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
