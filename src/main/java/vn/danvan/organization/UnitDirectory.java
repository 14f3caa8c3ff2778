package vn.danvan.organization;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Reads the unit reference data. Administrators change units at run time on any node, so nothing is
 * cached: a single unit is one indexed row, and the rules that need the hierarchy read the whole
 * (small) table once per call into a {@link UnitTree}.
 */
@Service
public class UnitDirectory {

    private static final String SELECT = """
            SELECT code, name_vi, level_code, kind, parent_code, commune_code, remote_area, active FROM unit""";

    private final JdbcClient jdbc;

    UnitDirectory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** An active unit. */
    public Optional<Unit> find(String code) {
        if (code == null) {
            return Optional.empty();
        }
        return jdbc.sql(SELECT + " WHERE code = ? AND active").param(code).query(UnitDirectory::map).optional();
    }

    /** A unit, active or not (a closed case still names the unit that handled it). */
    public Optional<Unit> findAny(String code) {
        if (code == null) {
            return Optional.empty();
        }
        return jdbc.sql(SELECT + " WHERE code = ?").param(code).query(UnitDirectory::map).optional();
    }

    /** Every unit, active or not, with the rules of the hierarchy. */
    public UnitTree tree() {
        return new UnitTree(jdbc.sql(SELECT + " ORDER BY level_code, code").query(UnitDirectory::map).list());
    }

    /** The unit {@code levels} steps up the chain of parents; the top unit answers for itself. */
    public String above(String code, int levels) {
        return tree().above(code, levels);
    }

    public List<Unit> all() {
        return tree().active();
    }

    public List<Unit> atLevel(Level level) {
        return tree().atLevel(level);
    }

    /** The Party committee that leads the unit (see {@link UnitTree#leadingCommittee}); the unit must exist. */
    public Unit leadingCommittee(String unitCode) {
        UnitTree tree = tree();
        Unit unit = tree.findAny(unitCode).orElseThrow(() -> new IllegalArgumentException("No unit " + unitCode));
        return tree.leadingCommittee(unit).orElseThrow(() -> new IllegalStateException("No Party committee leads " + unitCode));
    }

    /** The Party committee at the committee level that directs the unit; the unit must exist. */
    public Unit committeeAbove(String unitCode) {
        UnitTree tree = tree();
        Unit unit = tree.findAny(unitCode).orElseThrow(() -> new IllegalArgumentException("No unit " + unitCode));
        return tree.committeeAbove(unit).orElseThrow(() -> new IllegalStateException("No Party committee above " + unitCode));
    }

    /** The Front committee beside the unit (its commune's, or the one above the commune level). */
    public Unit frontOf(String unitCode) {
        UnitTree tree = tree();
        Unit unit = tree.findAny(unitCode).orElseThrow(() -> new IllegalArgumentException("No unit " + unitCode));
        return tree.frontOf(unit).orElseThrow(() -> new IllegalStateException("No Front committee beside " + unitCode));
    }

    /** What each level is called in the data in force ("Cấp huyện", or "Cấp tỉnh" after the 2025 reform). */
    public Map<Level, String> levelNames() {
        Map<Level, String> names = new java.util.EnumMap<>(Level.class);
        jdbc.sql("SELECT code, name_vi FROM level").query((rs, row) -> {
            Level level = Level.parse(rs.getString("code"));
            if (level != null) {
                names.put(level, rs.getString("name_vi"));
            }
            return null;
        }).list();
        return names;
    }

    public String levelName(Level level) {
        return levelNames().getOrDefault(level, level.name());
    }

    static Unit map(ResultSet rs, int row) throws SQLException {
        return new Unit(rs.getString("code"), rs.getString("name_vi"), Level.valueOf(rs.getString("level_code")),
                UnitKind.valueOf(rs.getString("kind")), rs.getString("parent_code"), rs.getString("commune_code"),
                rs.getBoolean("remote_area"), rs.getBoolean("active"));
    }
}
