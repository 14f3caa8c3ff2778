package vn.danvan.petition;

import java.util.Arrays;
import java.util.List;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.danvan.messaging.contract.EventType;
import vn.danvan.organization.Unit;
import vn.danvan.organization.UnitWork;

/**
 * The open cases of a unit that is merged or closed go to the unit that takes over its work: the
 * case record (the unit holding it, and the commune it belongs to), the variables of its processes
 * that name the unit (so the next task goes to the new unit), and a {@code reassigned} step on its
 * timeline with its event.
 */
@Component
class CaseReassignment implements UnitWork {

    private static final List<String> UNIT_VARIABLES = List.of(CaseVariables.UNIT_CODE, CaseVariables.ORIGIN_UNIT_CODE,
            PetitionCommitteeProcess.DISTRICT_UNIT_CODE);

    private final JdbcClient jdbc;
    private final PetitionCases cases;
    private final RuntimeService runtimeService;

    CaseReassignment(JdbcClient jdbc, PetitionCases cases, RuntimeService runtimeService) {
        this.jdbc = jdbc;
        this.cases = cases;
        this.runtimeService = runtimeService;
    }

    @Override
    public String itemsLabel() {
        return "hồ sơ đơn thư";
    }

    @Override
    public long openItems(String unitCode) {
        return openCases(unitCode).size();
    }

    @Override
    public int handOver(Unit from, Unit to, String actor) {
        List<String> open = openCases(from.code());
        for (String caseId : open) {
            PetitionCase c = cases.get(caseId);
            CaseChange change = CaseChange.keep().note("Chuyển giao do sắp xếp đơn vị: " + from.name() + " → " + to.name());
            if (from.code().equals(c.currentUnitCode())) {
                change.at(to.level(), to.code());
            }
            if (from.code().equals(c.originUnitCode())) {
                change.set(CaseColumns.ORIGIN_UNIT_CODE, to.code());
            }
            cases.change(caseId, EventType.CASE_REASSIGNED, actor, change);
            for (ProcessInstance instance : runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(caseId)
                    .active().list()) {
                runtimeService.getVariables(instance.getId(), UNIT_VARIABLES).forEach((name, value) -> {
                    if (from.code().equals(value)) {
                        runtimeService.setVariable(instance.getId(), name, to.code());
                    }
                });
            }
        }
        return open.size();
    }

    private List<String> openCases(String unitCode) {
        List<String> closed = Arrays.stream(CaseStatus.values()).filter(status -> !status.isOpen()).map(Enum::name).toList();
        return jdbc.sql("""
                SELECT case_id FROM petition_case
                WHERE (current_unit_code = :unit OR origin_unit_code = :unit) AND status NOT IN (:closed)
                ORDER BY case_id""").param("unit", unitCode).param("closed", closed).query(String.class).list();
    }
}
