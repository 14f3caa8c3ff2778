package vn.danvan.privacy;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.flywaydb.core.api.callback.Callback;
import org.flywaydb.core.api.callback.Context;
import org.flywaydb.core.api.callback.Event;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Refuses to start with a key that cannot read the database's personal data, before anything is
 * written with it. Table {@code data_key_check} holds, for each key that has encrypted data here, a
 * known text sealed with that key. At each start (before and after Flyway's migrations):
 * <ul>
 * <li>no row yet: the current key is the database's first, its row is written;</li>
 * <li>a row of the current key: it must open (a damaged row or a colliding id refuses);</li>
 * <li>rows of other keys only: each must be in {@code DANVAN_DATA_KEYS_OLD} (a rotation: the current
 * key's row is added, {@link KeyRotation} re-encrypts), else the start is refused naming the variable.</li>
 * </ul>
 */
@Component
class DataKeyCheck implements Callback {

    static final String FIELD = "data_key_check";
    static final String KNOWN = "danvan data key check";

    private static final Logger log = LoggerFactory.getLogger(DataKeyCheck.class);

    private final FieldCipher cipher;

    DataKeyCheck(FieldCipher cipher) {
        this.cipher = cipher;
    }

    @Override
    public boolean supports(Event event, Context context) {
        return event == Event.BEFORE_MIGRATE || event == Event.AFTER_MIGRATE;
    }

    @Override
    public boolean canHandleInTransaction(Event event, Context context) {
        return true;
    }

    @Override
    public void handle(Event event, Context context) {
        try {
            verify(context.getConnection());
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot check the data key against the database", e);
        }
    }

    @Override
    public String getCallbackName() {
        return "danvan data key check";
    }

    void verify(Connection connection) throws SQLException {
        if (!tableExists(connection)) {
            return; // before V80: nothing is encrypted yet, V80/V81 create the table and encrypt
        }
        Map<String, String> rows = new LinkedHashMap<>();
        try (PreparedStatement select = connection.prepareStatement("SELECT key_id, sealed FROM data_key_check");
                ResultSet rs = select.executeQuery()) {
            while (rs.next()) {
                rows.put(rs.getString(1), rs.getString(2));
            }
        }
        KeyRing keys = cipher.keys();
        String current = keys.currentId();
        if (rows.containsKey(current)) {
            if (!KNOWN.equals(openOrNull(rows.get(current)))) {
                throw refused("the key check row of key " + current + " does not open with it");
            }
        } else if (!rows.isEmpty()) {
            var unknown = rows.keySet().stream().filter(id -> !keys.ids().contains(id)).toList();
            if (!unknown.isEmpty()) {
                throw refused("this database's personal data is encrypted with key " + String.join(", ", unknown)
                        + ", but " + DataKeyLoader.KEY_VARIABLE + " is key " + current + " and "
                        + DataKeyLoader.OLD_KEYS_VARIABLE + " does not hold it");
            }
            log.info("Data key {} is new: data of keys {} will be re-encrypted with it", current, rows.keySet());
        }
        if (!rows.containsKey(current)) {
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO data_key_check (key_id, sealed) VALUES (?, ?) ON CONFLICT (key_id) DO NOTHING")) {
                insert.setString(1, current);
                insert.setString(2, cipher.seal(FIELD, KNOWN));
                insert.executeUpdate();
            }
        }
    }

    private String openOrNull(String sealed) {
        try {
            return cipher.open(FIELD, sealed);
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static IllegalStateException refused(String why) {
        return new IllegalStateException("Wrong data key, refusing to start: " + why + ". Set "
                + DataKeyLoader.KEY_VARIABLE + " to the key this database was written with (a rotation puts the old key in "
                + DataKeyLoader.OLD_KEYS_VARIABLE + "); nothing was written");
    }

    private static boolean tableExists(Connection connection) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT to_regclass('data_key_check') IS NOT NULL");
                ResultSet rs = query.executeQuery()) {
            return rs.next() && rs.getBoolean(1);
        }
    }
}
