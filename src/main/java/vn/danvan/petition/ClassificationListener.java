package vn.danvan.petition;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import vn.danvan.organization.UnitDirectory;

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
        String caseType = Steps.string(task, CaseVariables.CASE_TYPE);
        // whom it is about matters only for a denunciation; the routing table reads it, so it always exists
        String denounced = "DENUNCIATION".equals(caseType)
                ? DenouncedPerson.parse(Steps.string(task, CaseVariables.DENOUNCED_PERSON)) : null;
        task.getExecution().setVariable(CaseVariables.DENOUNCED_PERSON, denounced);
        decisions.classify(Steps.caseId(task), new Classification(
                caseType, Steps.string(task, CaseVariables.SUBJECT_AREA),
                Steps.string(task, CaseVariables.COMPLEXITY), Steps.flag(task, CaseVariables.REMOTE_AREA),
                Steps.flag(task, CaseVariables.CONCERNS_PARTY_MEMBER), Steps.flag(task, CaseVariables.DISTRICT_DECISION),
                denounced),
                Steps.actor());
        // shown on the next form, so the officer sees a likely duplicate before deciding
        task.setVariable(POSSIBLE_DUPLICATES, search.possibleDuplicatesOf(cases.get(Steps.caseId(task))));
        // and where a forward would go, named as the organisation data names it (district, or province after 2025)
        units.find(Steps.string(task, CaseVariables.UNIT_CODE)).flatMap(commune -> units.find(commune.parentCode()))
                .ifPresent(upper -> task.setVariable(PetitionCommuneProcess.UPPER_UNIT,
                        upper.name() + " (" + units.levelName(upper.level()) + ")"));
    }
}
