package vn.danvan.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.repositoryService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.camunda.bpm.model.bpmn.instance.EndEvent;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.SubProcess;
import org.camunda.bpm.model.bpmn.instance.TerminateEventDefinition;
import org.camunda.bpm.model.bpmn.instance.TimerEventDefinition;
import org.camunda.bpm.model.bpmn.instance.UserTask;

/**
 * The paths every timed step shares (docs/deadlines.md), read from the diagram rather than spelt out:
 * a timed task's three non-interrupting boundary timers (remind, due, very late), the steps after each
 * down to its end event, and the terminate end that closes the step's subprocess. Used with the
 * calendar's stand-ins ({@link StandIns#deadlines()}).
 */
public final class TimedSteps {

    private static final List<String> MOMENTS = List.of("remindAt", "dueAt", "veryLateAt");

    private TimedSteps() {
    }

    /**
     * Fires the three timers of a waiting timed task, completes the follow-up task each escalation
     * creates (checking it went to the unit the escalation named), and asserts that every element of
     * the three paths was passed. The task itself is still waiting afterwards.
     */
    public static void fireEveryTimerAndFollowUp(ProcessInstance instance, String taskId) {
        assertThat(instance).isWaitingAt(taskId);
        for (BoundaryEvent timer : timersOf(instance, taskId)) {
            Job job = managementService().createJobQuery().processInstanceId(instance.getId()).activityId(timer.getId())
                    .singleResult();
            assertThat(job).as("the timer " + timer.getId() + " waits").isNotNull();
            execute(job);
            List<FlowNode> path = pathAfter(timer);
            for (FlowNode node : path) {
                if (node instanceof UserTask followUp) {
                    Task task = taskService().createTaskQuery().processInstanceId(instance.getId())
                            .taskDefinitionKey(followUp.getId()).singleResult();
                    assertThat(task).as("the follow-up " + followUp.getId()).isNotNull();
                    assertThat(task).hasCandidateGroup(moment(timer).equals("veryLateAt")
                            ? StandIns.SECOND_ESCALATION_UNIT : StandIns.ESCALATION_UNIT);
                    complete(task);
                }
            }
            assertThat(path.get(path.size() - 1)).as("a timer's path ends").isInstanceOf(EndEvent.class);
            assertThat(instance).hasPassed(timer.getId());
            assertThat(instance).hasPassed(path.stream().map(FlowNode::getId).toArray(String[]::new));
        }
        assertThat(instance).isWaitingAt(taskId);
    }

    /** The ids of a timed task's boundary timers: remind, due, very late. */
    public static List<String> timerIds(ProcessInstance instance, String taskId) {
        return timersOf(instance, taskId).stream().map(BoundaryEvent::getId).toList();
    }

    /** The terminate end event that closes a timed task's subprocess when the task is done. */
    public static String stepDone(ProcessInstance instance, String taskId) {
        UserTask task = model(instance).getModelElementById(taskId);
        SubProcess step = (SubProcess) task.getParentElement();
        return step.getChildElementsByType(EndEvent.class).stream()
                .filter(end -> !end.getChildElementsByType(TerminateEventDefinition.class).isEmpty()).findFirst()
                .orElseThrow().getId();
    }

    private static List<BoundaryEvent> timersOf(ProcessInstance instance, String taskId) {
        List<BoundaryEvent> timers = new ArrayList<>(model(instance).getModelElementsByType(BoundaryEvent.class).stream()
                .filter(boundary -> boundary.getAttachedTo().getId().equals(taskId)).toList());
        timers.sort(Comparator.comparing(timer -> MOMENTS.indexOf(moment(timer))));
        assertThat(timers).as(taskId + "'s timers").hasSize(3);
        return timers;
    }

    private static String moment(BoundaryEvent timer) {
        String expression = timer.getChildElementsByType(TimerEventDefinition.class).iterator().next().getTimeDate()
                .getTextContent();
        return MOMENTS.stream().filter(moment -> expression.contains("deadlineTimers." + moment + "(")).findFirst()
                .orElseThrow();
    }

    private static List<FlowNode> pathAfter(FlowNode start) {
        List<FlowNode> path = new ArrayList<>();
        FlowNode current = start;
        while (!current.getOutgoing().isEmpty()) {
            assertThat(current.getOutgoing()).as(current.getId() + " leads one way").hasSize(1);
            current = current.getOutgoing().iterator().next().getTarget();
            path.add(current);
        }
        return path;
    }

    private static BpmnModelInstance model(ProcessInstance instance) {
        return repositoryService().getBpmnModelInstance(instance.getProcessDefinitionId());
    }
}
