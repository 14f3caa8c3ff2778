package vn.danvan.calendar;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.springframework.stereotype.Component;

/** Finds the feature module's handler of a timed step, and the step a timer's path is about. */
@Component
class DeadlineHandlers {

    /** By kind; the first of two handlers that claimed one kind answers, as the first one always did. */
    private final Map<String, DeadlineHandler> byKind = new LinkedHashMap<>();
    /** By stage, the timing of the handler that times it: read once. */
    private final Map<String, StepTiming> byStage = new HashMap<>();
    private final DeadlineWatches watches;

    DeadlineHandlers(List<DeadlineHandler> handlers, DeadlineWatches watches) {
        this.watches = watches;
        for (DeadlineHandler handler : handlers) {
            StepTiming timing = handler.timing();
            byKind.putIfAbsent(timing.kind(), handler);
            for (String stage : timing.stages()) {
                StepTiming other = byStage.put(stage, timing);
                if (other != null) {
                    throw new IllegalStateException("Stage " + stage + " is timed by " + other.kind() + " and "
                            + timing.kind());
                }
            }
        }
    }

    DeadlineHandler of(String kind) {
        DeadlineHandler handler = byKind.get(kind);
        if (handler == null) {
            throw new IllegalStateException("No deadline handler for kind " + kind);
        }
        return handler;
    }

    /**
     * The dates of the timed task an execution is entering: computed once, when its first timer is
     * set, and kept as a transient variable of the task's execution for its other timers and its task.
     */
    DeadlineWatches.Plan plan(DelegateExecution execution) {
        Object known = execution.getVariableLocal(DeadlineVariables.PLAN);
        if (known instanceof DeadlineWatches.Plan plan) {
            return plan;
        }
        String stage = DeadlineWatches.stageOf(execution.getBpmnModelElementInstance());
        if (stage == null) {
            throw new IllegalStateException("Deadline timers on " + execution.getCurrentActivityId()
                    + ", which names no " + DeadlineWatches.STAGE_PROPERTY);
        }
        StepTiming timing = byStage.get(stage);
        if (timing == null) {
            throw new IllegalStateException("No deadline handler times stage " + stage);
        }
        DeadlineWatches.Plan plan = watches.plan(timing.kind(), timing.clock().of(execution, stage));
        execution.setVariableLocal(DeadlineVariables.PLAN, Variables.objectValue(plan, true).create());
        return plan;
    }

    /** The step a reminder or an escalation on the path of an execution is about ({@link #stepOf}). */
    DeadlineWatch watchOf(DelegateExecution execution) {
        return stepOf(execution, execution.getBpmnModelElementInstance(), execution.getProcessInstanceId()).watch();
    }

    /**
     * The step's module flags it late (level 1) or very late (level 2), from a timer's path.
     *
     * @return the unit its module names to follow the step up
     */
    String escalate(DelegateExecution execution, int level) {
        DeadlineWatch watch = watchOf(execution);
        return of(watch.kind()).escalated(watch, level);
    }

    /**
     * The step a reminder, an escalation or a follow-up task is about: the task that the boundary timer
     * at the head of its path is attached to (or, in a legacy {@code deadline-watch} process, the task
     * its variable names).
     */
    DeadlineWatches.WatchedStep stepOf(VariableScope scope, FlowElement element, String processInstanceId) {
        Object legacy = scope.getVariable(DeadlineVariables.LEGACY_TASK_ID);
        if (legacy instanceof String taskId) {
            return watches.step(taskId);
        }
        return stepOf(element, processInstanceId);
    }

    private DeadlineWatches.WatchedStep stepOf(FlowElement element, String processInstanceId) {
        FlowNode node = (FlowNode) element;
        // timer -> reminder or escalation -> follow-up task: a few steps back along single flows
        for (int hops = 0; hops < 5 && !(node instanceof BoundaryEvent); hops++) {
            node = node.getIncoming().iterator().next().getSource();
        }
        if (!(node instanceof BoundaryEvent timer)) {
            throw new IllegalStateException(element.getId() + " is not on the path of a deadline timer");
        }
        return watches.openStep(processInstanceId, timer.getAttachedTo().getId());
    }
}
