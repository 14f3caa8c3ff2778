package vn.danvan.petition;

import org.camunda.bpm.engine.ProcessEngineException;

/**
 * An officer's input that the form could not check (an unknown case or unit): the task is not
 * completed and Tasklist shows this message, which is in Vietnamese for that reason.
 */
class StepRejectedException extends ProcessEngineException {

    StepRejectedException(String messageVi) {
        super(messageVi);
    }
}
