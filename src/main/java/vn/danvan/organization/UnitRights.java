package vn.danvan.organization;

/**
 * A port that feature modules implement: the Camunda rights a unit needs for the module's processes
 * (start a process from Tasklist, read its definitions), by the unit's kind. The organisation calls
 * every implementation at start for each active unit and at once when an administrator creates or
 * changes a unit, so a new unit's officers can work without a restart. Must be idempotent.
 */
public interface UnitRights {

    void grant(Unit unit, UnitTree units);
}
