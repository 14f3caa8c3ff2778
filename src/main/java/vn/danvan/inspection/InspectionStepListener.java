package vn.danvan.inspection;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import vn.danvan.platform.engine.StepRejectedException;
import vn.danvan.platform.engine.StepSupport;

/**
 * Records each inspection step when its task completes, after the checks a form cannot make (a
 * discipline proposed only where a violation was found): verification, conclusion with or without a
 * proposal, the standing committee's decision.
 */
@Component("inspectionStepListener")
class InspectionStepListener implements TaskListener {

    private final PartyInspections inspections;

    InspectionStepListener(PartyInspections inspections) {
        this.inspections = inspections;
    }

    @Override
    public void notify(DelegateTask task) {
        String id = StepSupport.string(task, PartyInspectionProcess.INSPECTION_ID);
        switch (task.getTaskDefinitionKey()) {
            case PartyInspectionProcess.TASK_VERIFY -> inspections.verified(id,
                    required(task, PartyInspectionProcess.VERIFICATION, "Cần ghi kết quả xác minh"), StepSupport.actor());
            case PartyInspectionProcess.TASK_CONCLUDE -> conclude(task, id);
            case PartyInspectionProcess.TASK_DECIDE_DISCIPLINE -> {
                Discipline decided = Discipline.parse(StepSupport.string(task, PartyInspectionProcess.DECIDED_DISCIPLINE),
                        PartyInspectionProcess.DECIDED_DISCIPLINE);
                String number = decided == Discipline.NONE ? StepSupport.string(task, PartyInspectionProcess.DECISION_NUMBER)
                        : required(task, PartyInspectionProcess.DECISION_NUMBER, "Cần số quyết định kỷ luật");
                inspections.disciplineDecided(id, decided, number, StepSupport.actor());
            }
            default -> throw new IllegalStateException("Not an inspection step: " + task.getTaskDefinitionKey());
        }
    }

    private void conclude(DelegateTask task, String id) {
        boolean violation = StepSupport.flag(task, PartyInspectionProcess.VIOLATION_FOUND);
        boolean proposed = StepSupport.flag(task, PartyInspectionProcess.DISCIPLINE_PROPOSED);
        String conclusion = required(task, PartyInspectionProcess.CONCLUSION, "Cần ghi kết luận kiểm tra");
        Discipline discipline = null;
        if (proposed) {
            if (!violation) {
                throw new StepRejectedException("Chỉ đề nghị kỷ luật khi kết luận có vi phạm ("
                        + PartyInspectionProcess.DISCIPLINE_PROPOSED + ").");
            }
            discipline = Discipline.parse(StepSupport.string(task, PartyInspectionProcess.PROPOSED_DISCIPLINE),
                    PartyInspectionProcess.PROPOSED_DISCIPLINE);
            if (discipline == Discipline.NONE) {
                throw new StepRejectedException("Cần chọn một hình thức kỷ luật (" + PartyInspectionProcess.PROPOSED_DISCIPLINE + ").");
            }
        }
        // the gateway after the step reads it: absent from the form means not proposed
        task.getExecution().setVariable(PartyInspectionProcess.DISCIPLINE_PROPOSED, proposed);
        inspections.concluded(id, violation, conclusion, discipline, StepSupport.actor());
    }

    private static String required(DelegateTask task, String field, String messageVi) {
        String value = StepSupport.string(task, field);
        if (value == null) {
            throw new StepRejectedException(messageVi + " (" + field + ").");
        }
        return value;
    }
}
