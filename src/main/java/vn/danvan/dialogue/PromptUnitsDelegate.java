package vn.danvan.dialogue;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.danvan.calendar.WorkingCalendar;

/** The new year began: every unit that must hold a conference is prompted to plan one. */
@Component("promptUnitsDelegate")
class PromptUnitsDelegate implements JavaDelegate {

    private final DialogueRhythm rhythm;

    PromptUnitsDelegate(DialogueRhythm rhythm) {
        this.rhythm = rhythm;
    }

    @Override
    public void execute(DelegateExecution execution) {
        int year = WorkingCalendar.dayOf(Conferences.now().toInstant()).getYear();
        execution.setVariable(DialogueYearlyProcess.YEAR, year);
        execution.setVariable(DialogueYearlyProcess.PROMPTED_UNITS, rhythm.promptUnits(year));
    }
}
