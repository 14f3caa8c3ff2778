package vn.danvan.organization;

/**
 * A port that feature modules implement: the open work a module holds at a unit (cases,
 * conferences, campaigns), so that a unit is not deactivated with work nobody would see again, and
 * the hand-over of that work to the unit that takes it over (recorded on each item's history).
 * Tasks are moved by the organisation itself; modules move their records and the process variables
 * that name the unit.
 */
public interface UnitWork {

    /** What the module calls its items, in Vietnamese, for the refusal message ("hồ sơ đơn thư"). */
    String itemsLabel();

    long openItems(String unitCode);

    /** Moves the open items; runs in the administrator's transaction. @return how many moved */
    int handOver(Unit from, Unit to, String actor);
}
