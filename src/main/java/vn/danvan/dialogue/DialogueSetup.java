package vn.danvan.dialogue;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.danvan.organization.Unit;
import vn.danvan.organization.UnitGrants;
import vn.danvan.organization.UnitKind;
import vn.danvan.organization.UnitRights;
import vn.danvan.organization.UnitTree;

/**
 * Lets each unit that holds conferences plan one from Tasklist (start {@code dialogue-conference}).
 * A new commune holds a yearly conference by default (218-QĐ/TW): it gets a policy row, which an
 * administrator may change.
 */
@Component
class DialogueSetup implements UnitRights {

    private final UnitGrants grants;
    private final DialoguePolicies policies;
    private final JdbcClient jdbc;

    DialogueSetup(UnitGrants grants, DialoguePolicies policies, JdbcClient jdbc) {
        this.grants = grants;
        this.policies = policies;
        this.jdbc = jdbc;
    }

    @Override
    public void grant(Unit unit, UnitTree units) {
        if (unit.kind() == UnitKind.COMMUNE) {
            jdbc.sql("INSERT INTO dialogue_unit_policy (unit_code, must_hold) VALUES (?, true) ON CONFLICT DO NOTHING")
                    .param(unit.code()).update();
        }
        if (policies.of(unit.code()).isPresent()) {
            grants.mayStart(unit.code(), DialogueConferenceProcess.KEY);
        }
    }
}
