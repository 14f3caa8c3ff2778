package vn.danvan.reception;

import java.util.List;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.danvan.organization.Unit;
import vn.danvan.organization.UnitWork;

/**
 * A unit merged or closed hands its active reception schedules and its open reception days to the unit
 * that takes over (of the same kind, so the leaders' roles still fit): the schedules generate the next
 * days there, and the open days' next tasks go there too (their tasks are moved by the organisation).
 */
@Component
class ReceptionUnitWork implements UnitWork {

    private final JdbcClient jdbc;
    private final RuntimeService runtimeService;
    private final ReceptionSchedules schedules;
    private final ReceptionEvents events;

    ReceptionUnitWork(JdbcClient jdbc, RuntimeService runtimeService, ReceptionSchedules schedules, ReceptionEvents events) {
        this.jdbc = jdbc;
        this.runtimeService = runtimeService;
        this.schedules = schedules;
        this.events = events;
    }

    @Override
    public String itemsLabel() {
        return "lịch và buổi tiếp công dân định kỳ";
    }

    @Override
    public long openItems(String unitCode) {
        return jdbc.sql("""
                SELECT (SELECT count(*) FROM reception_schedule WHERE unit_code = :unit AND active)
                     + (SELECT count(*) FROM reception_day WHERE unit_code = :unit AND status IN ('SCHEDULED', 'HELD'))""")
                .param("unit", unitCode).query(Long.class).single();
    }

    @Override
    public int handOver(Unit from, Unit to, String actor) {
        List<Long> moved = jdbc.sql("""
                UPDATE reception_schedule SET unit_code = ?, version = version + 1, updated_by = ?, updated_at = now()
                WHERE unit_code = ? AND active RETURNING schedule_id""")
                .params(to.code(), actor, from.code()).query(Long.class).list();
        moved.forEach(id -> events.scheduleSaved(schedules.find(id).orElseThrow(), actor));
        List<String> instances = jdbc.sql("""
                UPDATE reception_day SET unit_code = ? WHERE unit_code = ? AND status IN ('SCHEDULED', 'HELD')
                RETURNING process_instance_id""")
                .params(to.code(), from.code()).query(String.class).list();
        for (String instance : instances) {
            if (instance != null && runtimeService.createProcessInstanceQuery().processInstanceId(instance).count() > 0) {
                runtimeService.setVariable(instance, CitizenReceptionProcess.UNIT_CODE, to.code());
            }
        }
        return moved.size() + instances.size();
    }
}
