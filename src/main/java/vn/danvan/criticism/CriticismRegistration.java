package vn.danvan.criticism;

import static vn.danvan.criticism.SocialCriticismProcess.*;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.danvan.organization.Unit;
import vn.danvan.organization.UnitDirectory;
import vn.danvan.organization.UnitKind;
import vn.danvan.platform.engine.StepSupport;

/**
 * A draft received from an authority, through either door (REST or Tasklist's start form): checked
 * field by field, registered and, from REST, its process started in the same transaction.
 */
@Service
class CriticismRegistration {

    /** How far back a receipt may be dated: older drafts are registered on paper, not here. */
    static final int MAX_AGE_DAYS = 365;

    private final Criticisms criticisms;
    private final UnitDirectory units;
    private final RuntimeService runtimeService;

    CriticismRegistration(Criticisms criticisms, UnitDirectory units, RuntimeService runtimeService) {
        this.criticisms = criticisms;
        this.units = units;
        this.runtimeService = runtimeService;
    }

    /** A received draft as either door gives it; text already trimmed, blanks as null. */
    record Draft(String unitCode, String title, String authorityUnitCode, String authorityName, String draftReference,
            LocalDate receivedOn, LocalDate requestedBy) {
    }

    /** A field at fault, with the reason in Vietnamese and English (the REST door answers both). */
    record Problem(String field, String reason) {
    }

    /** What is wrong with a draft, field by field; empty when it may be registered. */
    List<Problem> check(Draft d) {
        List<Problem> problems = new ArrayList<>();
        if (d.unitCode() == null) {
            problems.add(new Problem("unitCode", "bắt buộc (is required)"));
        } else if (units.find(d.unitCode()).filter(u -> u.active() && u.kind() == UnitKind.FRONT).isEmpty()) {
            problems.add(new Problem("unitCode", "'" + d.unitCode() + "' không phải Ủy ban MTTQ đang hoạt động "
                    + "(is not an active Fatherland Front committee)"));
        }
        if (d.title() == null) {
            problems.add(new Problem("title", "bắt buộc (is required)"));
        }
        if (d.authorityUnitCode() != null && units.find(d.authorityUnitCode()).isEmpty()) {
            problems.add(new Problem("authorityUnitCode", "không có đơn vị '" + d.authorityUnitCode() + "' (unknown unit)"));
        }
        if (d.authorityUnitCode() == null && d.authorityName() == null) {
            problems.add(new Problem("authorityName", "cần ghi cơ quan gửi dự thảo khi không chọn đơn vị "
                    + "(is required when authorityUnitCode is not given)"));
        }
        if (d.draftReference() == null) {
            problems.add(new Problem("draftReference", "bắt buộc (is required)"));
        }
        LocalDate today = LocalDate.ofInstant(ClockUtil.getCurrentTime().toInstant(), StepSupport.VIETNAM);
        if (d.receivedOn() == null) {
            problems.add(new Problem("receivedOn", "bắt buộc (is required)"));
        } else if (d.receivedOn().isAfter(today)) {
            problems.add(new Problem("receivedOn", "không được sau hôm nay (must not be in the future)"));
        } else if (d.receivedOn().isBefore(today.minusDays(MAX_AGE_DAYS))) {
            problems.add(new Problem("receivedOn", "quá một năm trước (must be within the last year)"));
        }
        if (d.requestedBy() != null && d.receivedOn() != null && d.requestedBy().isBefore(d.receivedOn())) {
            problems.add(new Problem("requestedBy", "không được trước ngày nhận dự thảo (must not be before receivedOn)"));
        }
        return problems;
    }

    /** Registers a checked draft; the authority is printed with the unit's name unless a name was given. */
    Criticism register(Draft d, String actor) {
        String authority = d.authorityName() != null ? d.authorityName()
                : units.find(d.authorityUnitCode()).map(Unit::name).orElseThrow();
        return criticisms.register(new Criticisms.NewCriticism(d.unitCode(), d.title(), d.authorityUnitCode(), authority,
                d.draftReference(), d.receivedOn(), d.requestedBy()), actor);
    }

    /** The REST door: registers the draft and starts its process, in one transaction. */
    @Transactional
    Criticism registerAndStart(Draft d, String actor) {
        Criticism c = register(d, actor);
        runtimeService.createProcessInstanceByKey(KEY).businessKey(c.criticismId()).setVariables(variables(c)).execute();
        return criticisms.get(c.criticismId());
    }

    /** The variables of a criticism's process, read by its tasks' candidate groups, names and forms. */
    static Map<String, Object> variables(Criticism c) {
        Map<String, Object> variables = new HashMap<>();
        variables.put(CRITICISM_ID, c.criticismId());
        variables.put(UNIT_CODE, c.unitCode());
        variables.put(TITLE, c.title());
        variables.put(AUTHORITY, c.authorityName());
        variables.put(DRAFT_REFERENCE, c.draftReference());
        variables.put(RECEIVED_ON, c.receivedOn().toString());
        variables.put(REQUESTED_BY, c.requestedBy() == null ? null : c.requestedBy().toString());
        return variables;
    }
}
