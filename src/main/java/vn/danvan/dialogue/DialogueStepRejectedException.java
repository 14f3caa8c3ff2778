package vn.danvan.dialogue;

import org.camunda.bpm.engine.ProcessEngineException;

/**
 * An officer's input that the form could not check (a date after the conference, an unknown unit):
 * the task is not completed and Tasklist shows this message, which is in Vietnamese for that reason.
 */
class DialogueStepRejectedException extends ProcessEngineException {

    DialogueStepRejectedException(String messageVi) {
        super(messageVi);
    }
}
