package vn.danvan.petition;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import vn.danvan.platform.engine.StepRejectedException;
import vn.danvan.platform.engine.StepSupport;

/**
 * Before the committee's direction completes: giving the case to the inspection commission applies
 * only to a denunciation about a Party member. The choice is set on the process either way, so the
 * gateway after the step always reads a value.
 */
@Component("directionListener")
class DirectionListener implements TaskListener {

    private final PetitionCases cases;

    DirectionListener(PetitionCases cases) {
        this.cases = cases;
    }

    @Override
    public void notify(DelegateTask task) {
        boolean inspect = StepSupport.flag(task, PetitionCommitteeProcess.PARTY_INSPECTION);
        if (inspect && !cases.get(CaseVariables.caseId(task)).denouncesPartyMember()) {
            throw new StepRejectedException("Chỉ giao Ủy ban Kiểm tra đối với đơn tố cáo đảng viên ("
                    + PetitionCommitteeProcess.PARTY_INSPECTION + ").");
        }
        task.getExecution().setVariable(PetitionCommitteeProcess.PARTY_INSPECTION, inspect);
    }
}
