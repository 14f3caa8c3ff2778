package vn.danvan.platform.engine;

import org.camunda.bpm.engine.ProcessEngineException;

/**
 * An officer's input that the form could not check (an unknown case or unit, a date on the wrong
 * side of another): the task is not completed and Tasklist shows this message, which is in
 * Vietnamese for that reason. Thrown by the feature modules' delegates and listeners.
 */
public class StepRejectedException extends ProcessEngineException {

    public StepRejectedException(String messageVi) {
        super(messageVi);
    }
}
