package vn.danvan.organization;

import org.camunda.bpm.engine.authorization.Groups;

/**
 * Groups that are not units: what a member may do beyond their unit's work. Group ids are letters
 * and digits (Camunda's default id pattern), except Camunda's own administrators' group.
 */
public enum Role {

    /** IT administrators: every door, the audit trail, units, the calendar, deployments. */
    ADMIN(Groups.CAMUNDA_ADMIN, "Quản trị hệ thống"),
    /** Leaders of a unit: also its reports (exports). */
    LEADER("lanhdao", "Lãnh đạo đơn vị"),
    /** Service accounts of portals and hotlines that submit petitions for any commune. */
    INTAKE_SERVICE("intakeservice", "Tài khoản dịch vụ tiếp nhận đơn"),
    /** Service accounts of supervised bodies that answer recommendations. */
    SUPERVISION_SERVICE("supervisionservice", "Tài khoản dịch vụ của cơ quan được giám sát");

    private final String groupId;
    private final String name;

    Role(String groupId, String name) {
        this.groupId = groupId;
        this.name = name;
    }

    public String groupId() {
        return groupId;
    }

    public String groupName() {
        return name;
    }
}
