package vn.danvan.organization;

import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** Reads the unit reference data; the table is small, so every call goes to the database. */
@Service
public class UnitDirectory {

    private static final String SELECT = "SELECT code, name_vi, level_code, kind, parent_code, remote_area FROM unit";

    private final JdbcClient jdbc;

    UnitDirectory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Unit> find(String code) {
        if (code == null) {
            return Optional.empty();
        }
        return jdbc.sql(SELECT + " WHERE code = ? AND active").param(code).query(UnitDirectory::map).optional();
    }

    /** The unit {@code levels} steps up the chain of parents; the top unit answers for itself. */
    public String above(String code, int levels) {
        String current = code;
        for (int i = 0; i < levels; i++) {
            String parent = find(current).map(Unit::parentCode).orElse(null);
            if (parent == null) {
                break;
            }
            current = parent;
        }
        return current;
    }

    public List<Unit> all() {
        return jdbc.sql(SELECT + " WHERE active ORDER BY level_code, code").query(UnitDirectory::map).list();
    }

    public List<Unit> atLevel(String levelCode) {
        return jdbc.sql(SELECT + " WHERE active AND level_code = ? ORDER BY code").param(levelCode)
                .query(UnitDirectory::map).list();
    }

    private static Unit map(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new Unit(rs.getString("code"), rs.getString("name_vi"), rs.getString("level_code"),
                rs.getString("kind"), rs.getString("parent_code"), rs.getBoolean("remote_area"));
    }
}
