package vn.danvan.petition;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import vn.danvan.organization.UnitDirectory;
import vn.danvan.platform.engine.StepSupport;

/**
 * Records the commune officer's classification on the case when the classify task completes, and
 * looks for open cases of the same petitioner or subject that this one may duplicate.
 */
@Component("classificationListener")
class ClassificationListener implements TaskListener {

    static final String POSSIBLE_DUPLICATES = "possibleDuplicates";

    private final CaseDecisions decisions;
    private final PetitionCases cases;
    private final CaseSearch search;
    private final UnitDirectory units;

    ClassificationListener(CaseDecisions decisions, PetitionCases cases, CaseSearch search, UnitDirectory units) {
        this.decisions = decisions;
        this.cases = cases;
        this.search = search;
        this.units = units;
    }

    @Override
    public void notify(DelegateTask task) {
        String caseType = StepSupport.string(task, CaseVariables.CASE_TYPE);
        // whom it is about matters only for a denunciation; the routing table reads it, so it always exists
        String denounced = "DENUNCIATION".equals(caseType)
                ? DenouncedPerson.parse(StepSupport.string(task, CaseVariables.DENOUNCED_PERSON)) : null;
        task.getExecution().setVariable(CaseVariables.DENOUNCED_PERSON, denounced);
        decisions.classify(CaseVariables.caseId(task), new Classification(
                caseType, StepSupport.string(task, CaseVariables.SUBJECT_AREA),
                StepSupport.string(task, CaseVariables.COMPLEXITY), StepSupport.flag(task, CaseVariables.REMOTE_AREA),
                StepSupport.flag(task, CaseVariables.CONCERNS_PARTY_MEMBER),
                StepSupport.flag(task, CaseVariables.DISTRICT_DECISION),
                denounced),
                StepSupport.actor());
        // shown on the next form, so the officer sees a likely duplicate before deciding
        task.setVariable(POSSIBLE_DUPLICATES, search.possibleDuplicatesOf(cases.get(CaseVariables.caseId(task))));
        // and where a forward would go, named as the organisation data names it (district, or province after 2025)
        units.find(StepSupport.string(task,
                CaseVariables.UNIT_CODE)).flatMap(commune -> units.find(commune.parentCode()))
                .ifPresent(upper -> task.setVariable(PetitionCommuneProcess.UPPER_UNIT,
                        upper.name() + " (" + units.levelName(upper.level()) + ")"));
    }
}
