package vn.danvan.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.SubProcess;
import org.camunda.bpm.model.bpmn.instance.TerminateEventDefinition;
import org.camunda.bpm.model.bpmn.instance.TimerEventDefinition;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnEdge;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.junit.jupiter.api.Test;

/**
 * Every timed step of every process carries its deadline in its own diagram: the task names its
 * stage, sits in a subprocess that a terminate end closes, and has the calendar's three
 * non-interrupting boundary timers; and every element of every diagram is drawn.
 */
class TimedStepsInDiagramsTest {

    private static final List<String> MOMENTS = List.of("${deadlineTimers.remindAt(execution)}",
            "${deadlineTimers.dueAt(execution)}", "${deadlineTimers.veryLateAt(execution)}");

    @Test
    void everyTimedTaskHasItsThreeTimersInsideItsStepsSubprocess() throws IOException {
        int timed = 0;
        for (Path file : diagrams()) {
            BpmnModelInstance model = Bpmn.readModelFromFile(file.toFile());
            for (UserTask task : model.getModelElementsByType(UserTask.class)) {
                if (DeadlineWatches.stageOf(task) == null) {
                    continue;
                }
                timed++;
                String where = file.getFileName() + " " + task.getId();
                assertThat(task.getParentElement()).as(where + " in its step's subprocess").isInstanceOf(SubProcess.class);
                SubProcess step = (SubProcess) task.getParentElement();
                assertThat(step.getChildElementsByType(FlowNode.class)).as(where + ": the step done ends its paths")
                        .anyMatch(node -> !node.getChildElementsByType(TerminateEventDefinition.class).isEmpty());
                List<BoundaryEvent> timers = model.getModelElementsByType(BoundaryEvent.class).stream()
                        .filter(boundary -> boundary.getAttachedTo() == task).toList();
                assertThat(timers).as(where).hasSize(3).allMatch(boundary -> !boundary.cancelActivity());
                assertThat(timers.stream().map(boundary -> boundary.getChildElementsByType(TimerEventDefinition.class)
                        .iterator().next().getTimeDate().getTextContent()).toList())
                        .as(where).containsExactlyInAnyOrderElementsOf(MOMENTS);
                assertThat(timers).as(where + ": ids say what they wait for")
                        .allMatch(boundary -> boundary.getId().startsWith("BoundaryTimer"));
            }
        }
        assertThat(timed).as("timed tasks of petitions, supervision and commitments").isGreaterThanOrEqualTo(10);
    }

    @Test
    void everyElementOfEveryDiagramIsDrawn() throws IOException {
        for (Path file : diagrams()) {
            BpmnModelInstance model = Bpmn.readModelFromFile(file.toFile());
            List<String> drawn = Stream.concat(model.getModelElementsByType(BpmnShape.class).stream()
                    .map(shape -> shape.getBpmnElement()), model.getModelElementsByType(BpmnEdge.class).stream()
                    .map(edge -> edge.getBpmnElement())).map(BaseElement::getId).toList();
            List<String> elements = Stream.concat(model.getModelElementsByType(FlowNode.class).stream(),
                    model.getModelElementsByType(SequenceFlow.class).stream()).map(BaseElement::getId).toList();
            assertThat(drawn).as(file.getFileName().toString()).containsAll(elements);
        }
    }

    private static List<Path> diagrams() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("bpmn"))) {
            return files.filter(file -> file.toString().endsWith(".bpmn")).sorted().toList();
        }
    }
}
