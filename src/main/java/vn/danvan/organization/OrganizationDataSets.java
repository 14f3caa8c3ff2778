package vn.danvan.organization;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.danvan.platform.web.InvalidInputException;

/**
 * Organisation data sets: a reform of the administrative map as data ({@code organisation/<name>.json}):
 * what the levels are called, the units as they are after the reform, and the mergers (each old unit
 * and the unit that takes over its open work). Applying one goes through {@link UnitAdministration},
 * so every check, every Camunda group and every hand-over of open work is the same as an
 * administrator's change by hand, and each moved case has the move on its timeline. Applying twice
 * changes nothing the second time. An office applies it with {@code POST /api/units/data-sets/<name>},
 * or names it in {@code danvan.organisation.data-set} to apply it at start.
 */
@Service
class OrganizationDataSets {

    private static final Logger log = LoggerFactory.getLogger(OrganizationDataSets.class);
    private static final String SYSTEM = "system";

    private final UnitAdministration administration;
    private final UnitDirectory directory;
    private final JdbcClient jdbc;
    private final ObjectMapper json;
    private final String configured;

    OrganizationDataSets(UnitAdministration administration, UnitDirectory directory, JdbcClient jdbc,
            ObjectMapper json, @Value("${danvan.organisation.data-set:}") String configured) {
        this.administration = administration;
        this.directory = directory;
        this.jdbc = jdbc;
        this.json = json;
        this.configured = configured;
    }

    /** A data set file. */
    record DataSet(String name, String description, Map<Level, String> levels, List<UnitDraft> units,
            List<Merger> mergers) {
    }

    /** An old unit and the unit that takes over its open work. */
    record Merger(String unit, String into) {
    }

    record Applied(String dataSet, int created, int changed, int merged) {
    }

    void applyConfigured() {
        if (configured != null && !configured.isBlank()) {
            Applied applied = apply(configured.strip(), SYSTEM);
            log.info("Organisation data set {}: {} units created, {} changed, {} merged", applied.dataSet(),
                    applied.created(), applied.changed(), applied.merged());
        }
    }

    @Transactional
    Applied apply(String name, String actor) {
        DataSet set = read(name);
        set.levels().forEach((level, levelName) -> jdbc.sql("UPDATE level SET name_vi = ? WHERE code = ?")
                .params(levelName, level.name()).update());
        int created = 0;
        int changed = 0;
        for (UnitDraft draft : set.units()) {
            var current = directory.tree().findAny(draft.code());
            if (current.isEmpty()) {
                administration.create(draft, actor);
                created++;
            } else if (differs(current.get(), draft)) {
                administration.update(draft.code(), withActive(draft, true, null), actor);
                changed++;
            }
        }
        int merged = 0;
        for (Merger merger : set.mergers()) {
            var old = directory.tree().find(merger.unit());
            if (old.isPresent()) {
                administration.update(merger.unit(), withActive(UnitDraft.of(old.get()), false, merger.into()), actor);
                merged++;
            }
        }
        return new Applied(set.name(), created, changed, merged);
    }

    private DataSet read(String name) {
        if (!name.matches("[a-z0-9-]{1,60}")) {
            throw new InvalidInputException("name", "tên bộ dữ liệu chỉ gồm chữ thường, chữ số và dấu gạch ngang");
        }
        ClassPathResource resource = new ClassPathResource("organisation/" + name + ".json");
        if (!resource.exists()) {
            throw new UnitNotFoundException("data set " + name);
        }
        try (InputStream in = resource.getInputStream()) {
            return json.readValue(in, DataSet.class);
        } catch (IOException e) {
            throw new UncheckedIOException("Organisation data set " + name + " cannot be read", e);
        }
    }

    private static boolean differs(Unit unit, UnitDraft draft) {
        UnitDraft now = UnitDraft.of(unit);
        return !Objects.equals(now.name(), draft.name()) || !Objects.equals(now.kind(), draft.kind())
                || !Objects.equals(now.level(), draft.level()) || !Objects.equals(now.parent(), draft.parent())
                || !Objects.equals(now.commune(), draft.commune() == null
                        && UnitKind.parse(draft.kind()) == UnitKind.COMMUNE ? draft.code() : draft.commune())
                || !unit.active()
                || draft.remoteArea() != null && draft.remoteArea() != unit.remoteArea();
    }

    private static UnitDraft withActive(UnitDraft d, boolean active, String takeover) {
        return new UnitDraft(d.code(), d.name(), d.kind(), d.level(), d.parent(), active, d.commune(), d.remoteArea(),
                takeover);
    }
}
