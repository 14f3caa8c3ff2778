package vn.danvan.organization;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.danvan.platform.audit.AuditTrail;
import vn.danvan.platform.web.InvalidInputException;

/**
 * An administrator's changes to units: add, rename, re-parent, deactivate. Each change is checked
 * against the whole unit table, written, and followed at once by the unit's Camunda group and rights
 * (no restart). A unit holding open work is deactivated only by handing that work to another unit,
 * which every module records on its items' history.
 */
@Service
public class UnitAdministration {

    static final Pattern CODE = Pattern.compile("[a-z0-9]{1,40}");
    private static final long WRITE_LOCK = 0x64616e76616e02L;
    static final String OPEN_TASKS = "việc trong Tasklist";

    private final JdbcClient jdbc;
    private final UnitDirectory directory;
    private final UnitGroups groups;
    private final List<UnitWork> work;
    private final TaskService taskService;
    private final AuditTrail audit;

    UnitAdministration(JdbcClient jdbc, UnitDirectory directory, UnitGroups groups, List<UnitWork> work,
            TaskService taskService, AuditTrail audit) {
        this.jdbc = jdbc;
        this.directory = directory;
        this.groups = groups;
        this.work = work;
        this.taskService = taskService;
        this.audit = audit;
    }

    @Transactional
    public Unit create(UnitDraft draft, String actor) {
        lock();
        UnitTree tree = directory.tree();
        String code = checkedCode(draft.code());
        if (tree.findAny(code).isPresent()) {
            throw new InvalidInputException("code", "đã có đơn vị mã " + code);
        }
        Unit unit = checked(code, draft, null, tree);
        jdbc.sql("""
                INSERT INTO unit (code, name_vi, level_code, kind, parent_code, commune_code, remote_area, active)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(unit.code(), unit.name(), unit.levelCode(), unit.kind().name(), unit.parentCode(),
                        unit.communeCode(), unit.remoteArea(), unit.active()).update();
        groups.sync(unit, tree.with(unit));
        audit.record(actor, "UNIT_CREATE", null, unit.code() + " " + unit.kind() + " " + unit.levelCode(), null);
        return unit;
    }

    @Transactional
    public Unit update(String code, UnitDraft draft, String actor) {
        lock();
        UnitTree tree = directory.tree();
        Unit current = tree.findAny(code).orElseThrow(() -> new UnitNotFoundException(code));
        if (draft.code() != null && !draft.code().equals(code)) {
            throw new InvalidInputException("code", "không đổi được mã đơn vị (mã là mã nhóm trong Camunda)");
        }
        Unit unit = checked(code, draft, current, tree);
        if (current.active() && !unit.active()) {
            deactivate(current, draft.takeover(), tree, actor);
        } else if (draft.takeover() != null) {
            throw new InvalidInputException("takeover", "chỉ dùng khi ngừng hoạt động một đơn vị");
        }
        jdbc.sql("""
                UPDATE unit SET name_vi = ?, level_code = ?, kind = ?, parent_code = ?, commune_code = ?,
                    remote_area = ?, active = ? WHERE code = ?""")
                .params(unit.name(), unit.levelCode(), unit.kind().name(), unit.parentCode(), unit.communeCode(),
                        unit.remoteArea(), unit.active(), code).update();
        groups.sync(unit, directory.tree());
        audit.record(actor, unit.active() ? "UNIT_UPDATE" : "UNIT_DEACTIVATE", null, code
                + (draft.takeover() == null ? "" : " -> " + draft.takeover()), null);
        return unit;
    }

    /** Open items per module, and open tasks, that a unit holds. */
    public Map<String, Long> openWork(String code) {
        Map<String, Long> open = new LinkedHashMap<>();
        for (UnitWork module : work) {
            long items = module.openItems(code);
            if (items > 0) {
                open.merge(module.itemsLabel(), items, Long::sum);
            }
        }
        long tasks = taskService.createTaskQuery().taskCandidateGroup(code).includeAssignedTasks().count();
        if (tasks > 0) {
            open.put(OPEN_TASKS, tasks);
        }
        return open;
    }

    private void deactivate(Unit unit, String takeoverCode, UnitTree tree, String actor) {
        List<String> dependants = tree.active().stream()
                .filter(u -> !u.code().equals(unit.code()))
                .filter(u -> unit.code().equals(u.communeCode())).map(Unit::code).toList();
        if (!dependants.isEmpty()) {
            throw new InvalidInputException("active", "các đơn vị của xã này vẫn hoạt động: " + String.join(", ", dependants)
                    + "; sáp nhập hoặc ngừng hoạt động chúng trước");
        }
        if (takeoverCode == null) {
            Map<String, Long> open = openWork(unit.code());
            if (!open.isEmpty()) {
                throw new UnitHasOpenWorkException(unit.code(), open);
            }
            List<String> children = tree.active().stream().filter(u -> unit.code().equals(u.parentCode()))
                    .map(Unit::code).toList();
            if (!children.isEmpty()) {
                throw new InvalidInputException("active", "các đơn vị trực thuộc vẫn hoạt động: " + String.join(", ", children)
                        + "; đổi đơn vị cấp trên của chúng hoặc ghi đơn vị tiếp nhận (takeover)");
            }
            return;
        }
        Unit takeover = tree.find(takeoverCode).filter(u -> !u.code().equals(unit.code())).orElseThrow(
                () -> new InvalidInputException("takeover", "không có đơn vị đang hoạt động mã " + takeoverCode));
        if (takeover.kind() != unit.kind()) {
            throw new InvalidInputException("takeover", "đơn vị tiếp nhận phải cùng loại (" + unit.kind().label() + ")");
        }
        for (UnitWork module : work) {
            module.handOver(unit, takeover, actor);
        }
        moveTasks(unit.code(), takeover.code());
        jdbc.sql("UPDATE unit SET parent_code = ? WHERE parent_code = ? AND active").params(takeover.code(), unit.code())
                .update();
    }

    private void moveTasks(String from, String to) {
        for (Task task : taskService.createTaskQuery().taskCandidateGroup(from).includeAssignedTasks().list()) {
            taskService.addCandidateGroup(task.getId(), to);
            taskService.deleteCandidateGroup(task.getId(), from);
        }
    }

    private Unit checked(String code, UnitDraft d, Unit current, UnitTree tree) {
        String name = d.name() == null ? null : d.name().strip();
        if (name == null || name.isEmpty() || name.length() > 200) {
            throw new InvalidInputException("name", "cần tên đơn vị, tối đa 200 ký tự");
        }
        UnitKind kind = UnitKind.parse(d.kind());
        if (kind == null) {
            throw new InvalidInputException("kind", "phải là một trong COMMUNE, RECEPTION, FRONT, ORGANISATION, PARTY");
        }
        Level level = Level.parse(d.level());
        if (level == null || !directory.levelNames().containsKey(level)) {
            throw new InvalidInputException("level", "phải là một cấp có trong dữ liệu: " + directory.levelNames().keySet());
        }
        String parent = d.parent() == null || d.parent().isBlank() ? null : d.parent().strip();
        if (parent != null) {
            if (tree.find(parent).isEmpty()) {
                throw new InvalidInputException("parent", "không có đơn vị cấp trên đang hoạt động mã " + parent);
            }
            if (tree.wouldCycle(code, parent)) {
                throw new InvalidInputException("parent", "đơn vị " + parent + " nằm dưới " + code + ": cấp trên tạo thành vòng lặp");
            }
        }
        boolean active = d.active() != null ? d.active() : current == null || current.active();
        boolean remote = d.remoteArea() != null ? d.remoteArea() : current != null && current.remoteArea();
        return new Unit(code, name, level, kind, parent, commune(code, d.commune(), level, kind, tree), remote, active);
    }

    private static String commune(String code, String given, Level level, UnitKind kind, UnitTree tree) {
        String commune = given == null || given.isBlank() ? null : given.strip();
        if (level != Level.COMMUNE) {
            if (commune != null) {
                throw new InvalidInputException("commune", "chỉ đơn vị cấp xã mới thuộc một xã");
            }
            return null;
        }
        if (kind == UnitKind.COMMUNE) {
            if (commune != null && !commune.equals(code)) {
                throw new InvalidInputException("commune", "chính quyền xã là xã của chính nó");
            }
            return code;
        }
        if (commune == null) {
            throw new InvalidInputException("commune", "đơn vị cấp xã cần mã xã, thị trấn của nó");
        }
        tree.find(commune).filter(u -> u.kind() == UnitKind.COMMUNE).orElseThrow(
                () -> new InvalidInputException("commune", "không có xã, thị trấn đang hoạt động mã " + commune));
        return commune;
    }

    private static String checkedCode(String code) {
        if (code == null || !CODE.matcher(code).matches()) {
            throw new InvalidInputException("code", "chỉ gồm chữ thường không dấu và chữ số (a-z, 0-9), tối đa 40 ký tự");
        }
        return code;
    }

    private void lock() {
        jdbc.sql("SELECT pg_advisory_xact_lock(?)").param(WRITE_LOCK).query().singleValue();
    }
}
