package vn.danvan.organization;

/**
 * A level's place in the chain that a petition climbs, which the processes address: the level that
 * receives petitions, the level directly above it, and the Party committee that directs both. What a
 * level is called is data (table {@code level}): before 1 July 2025 the level above the commune was
 * the district ("Cấp huyện"); in the two-level structure it is the province ("Cấp tỉnh"). The codes
 * are also the {@code level} of the events and the names of the petition processes
 * ({@code petition-commune}, {@code petition-district}, {@code petition-committee}).
 */
public enum Level {

    /** Communes and towns: petitions are received here; the commune's Front, organisations and Party committee. */
    COMMUNE,
    /** The level above the commune: its citizen-reception office, Front and organisations. */
    DISTRICT,
    /** The Party committee above both, its commissions and its inspection commission. */
    COMMITTEE;

    /** The level of a code, or null for a code that names no level. */
    public static Level parse(String code) {
        return java.util.Arrays.stream(values()).filter(value -> value.name().equals(code)).findFirst().orElse(null);
    }
}
