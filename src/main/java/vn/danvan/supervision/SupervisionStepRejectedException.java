package vn.danvan.supervision;

import org.camunda.bpm.engine.ProcessEngineException;

/**
 * An officer's input that the form could not check (an unknown unit, a missing reason): the task is
 * not completed and Tasklist shows this message, which is in Vietnamese for that reason.
 */
class SupervisionStepRejectedException extends ProcessEngineException {

    SupervisionStepRejectedException(String messageVi) {
        super(messageVi);
    }
}
