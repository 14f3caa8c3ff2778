package vn.danvan.calendar;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.danvan.organization.Unit;
import vn.danvan.organization.UnitWork;

/**
 * The open deadlines of a unit that is merged or closed follow its work to the unit that takes it
 * over, so that reminders and escalations climb the new unit's chain. They are not items of their
 * own: the module that owns the step counts those.
 */
@Component
class DeadlineReassignment implements UnitWork {

    private final JdbcClient jdbc;

    DeadlineReassignment(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String itemsLabel() {
        return "hạn xử lý";
    }

    @Override
    public long openItems(String unitCode) {
        return 0;
    }

    @Override
    public int handOver(Unit from, Unit to, String actor) {
        return jdbc.sql("UPDATE deadline SET unit_code = ? WHERE unit_code = ? AND state = 'OPEN'")
                .params(to.code(), from.code()).update();
    }
}
