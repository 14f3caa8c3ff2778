package vn.danvan.privacy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The current data key, which encrypts everything written, and the old keys still needed to read
 * what was written before a rotation ({@code DANVAN_DATA_KEYS_OLD}) until it is re-encrypted.
 */
public final class KeyRing {

    private final DataKey current;
    private final Map<String, DataKey> all = new LinkedHashMap<>();

    KeyRing(DataKey current, List<DataKey> old) {
        this.current = current;
        all.put(current.id(), current);
        old.forEach(key -> all.putIfAbsent(key.id(), key));
    }

    DataKey current() {
        return current;
    }

    public String currentId() {
        return current.id();
    }

    Optional<DataKey> find(String id) {
        return Optional.ofNullable(all.get(id));
    }

    /** Ids of every key that can read, the current one first. */
    public Set<String> ids() {
        return all.keySet();
    }

    public boolean hasOldKeys() {
        return all.size() > 1;
    }
}
