package vn.danvan.dialogue;

import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.danvan.organization.UnitGrants;

/**
 * Lets each unit that holds conferences plan one from Tasklist (start {@code dialogue-conference})
 * and read the dialogue processes' names; approvers read them too.
 */
@Component
@Order(110)
class DialogueSetup implements ApplicationRunner {

    private static final long SETUP_LOCK = 0x64616e76616e10L;

    private final UnitGrants grants;
    private final DialoguePolicies policies;
    private final JdbcClient jdbc;
    private final DialogueProperties properties;

    DialogueSetup(UnitGrants grants, DialoguePolicies policies, JdbcClient jdbc, DialogueProperties properties) {
        this.grants = grants;
        this.policies = policies;
        this.jdbc = jdbc;
        this.properties = properties;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        // several nodes may start at once
        jdbc.sql("SELECT pg_advisory_xact_lock(?)").param(SETUP_LOCK).query().singleValue();
        for (DialoguePolicies.Policy policy : policies.all()) {
            grants.grant(policy.unitCode(), Resources.PROCESS_DEFINITION, DialogueConferenceProcess.KEY,
                    ProcessDefinitionPermissions.CREATE_INSTANCE, Permissions.READ);
            grants.grant(policy.unitCode(), Resources.PROCESS_INSTANCE, "*", Permissions.CREATE);
            for (String key : new String[] {DialogueCommitmentProcess.KEY, DialogueYearlyProcess.PROMPT_KEY}) {
                grants.grant(policy.unitCode(), Resources.PROCESS_DEFINITION, key, Permissions.READ);
            }
            grants.grant(policy.approverGroup(), Resources.PROCESS_DEFINITION, DialogueConferenceProcess.KEY, Permissions.READ);
        }
        grants.grant(properties.escalationGroup(), Resources.PROCESS_DEFINITION, DialogueYearlyProcess.PROMPT_KEY,
                Permissions.READ);
    }
}
