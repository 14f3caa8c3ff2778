package vn.danvan.organization;

/**
 * What a kind of unit does in danvan. Every rule that depends on a unit's kind asks it here, so that
 * a new kind or a reform changes one table, not every module.
 *
 * <table>
 * <caption>The rule table, tested row by row in {@code UnitKindTest}</caption>
 * <tr><th>kind</th><th>receives petitions</th><th>handles petitions</th><th>supervises</th><th>leads</th><th>sees</th></tr>
 * <tr><td>COMMUNE</td><td>yes</td><td>yes</td><td>no</td><td>no</td><td>its own work</td></tr>
 * <tr><td>RECEPTION</td><td>no</td><td>yes</td><td>no</td><td>no</td><td>its own and the communes' below it</td></tr>
 * <tr><td>FRONT</td><td>no</td><td>no</td><td>yes</td><td>no</td><td>its own and its line's below it</td></tr>
 * <tr><td>ORGANISATION</td><td>no</td><td>no</td><td>yes</td><td>no</td><td>its own and its line's below it</td></tr>
 * <tr><td>PARTY</td><td>no</td><td>no</td><td>no</td><td>yes</td><td>its area: its commune, or everything above the commune level</td></tr>
 * </table>
 */
public enum UnitKind {

    /** A commune's or town's people's committee: receives citizens' petitions and handles them first. */
    COMMUNE("Chính quyền cấp xã", Reach.OWN),
    /**
     * A citizen-reception office above the commune: handles the petitions forwarded to it and follows
     * the petition work of the communes under it (their timeliness is its business).
     */
    RECEPTION("Cơ quan tiếp công dân", Reach.LINE),
    /** A Fatherland Front committee: supervises, organises dialogue, confirms commitments. */
    FRONT("Mặt trận Tổ quốc", Reach.LINE),
    /** A socio-political organisation (Women's Union, Farmers' Union, ...): supervises. */
    ORGANISATION("Tổ chức chính trị - xã hội", Reach.LINE),
    /** A Party committee or one of its bodies: leads its area, approves plans, directs. */
    PARTY("Cấp ủy Đảng", Reach.AREA);

    /** How far a unit of this kind sees other units' work. */
    public enum Reach {
        /** its own work only */
        OWN,
        /** its own and that of the units below it in its line (a district Front sees the communes' Fronts,
         *  a reception office the communes whose petitions come up to it) */
        LINE,
        /** every unit of its area: its commune's units, or every unit when it sits above the commune level */
        AREA
    }

    private final String label;
    private final Reach reach;

    UnitKind(String label, Reach reach) {
        this.label = label;
        this.reach = reach;
    }

    public String label() {
        return label;
    }

    public Reach reach() {
        return reach;
    }

    /** Citizens' petitions enter here (any door: walk-in, REST, Kafka, portal). */
    public boolean receivesPetitions() {
        return this == COMMUNE;
    }

    /** Works on petitions in a process: may be handed a case (a transfer between units goes only to these). */
    public boolean handlesPetitions() {
        return this == COMMUNE || this == RECEPTION;
    }

    /** Plans and runs supervision campaigns (217-QĐ/TW) and is measured on the yearly target. */
    public boolean supervises() {
        return this == FRONT || this == ORGANISATION;
    }

    /** Leads the units of its area: approves their plans, agrees their programmes, receives escalations. */
    public boolean leads() {
        return this == PARTY;
    }

    public static UnitKind parse(String code) {
        return java.util.Arrays.stream(values()).filter(value -> value.name().equals(code)).findFirst().orElse(null);
    }
}
