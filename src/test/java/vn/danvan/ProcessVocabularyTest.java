package vn.danvan;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.camunda.bpm.model.bpmn.instance.Message;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The process vocabulary cannot drift from the diagrams: every process of bpmn/ has one
 * {@code *Process} constants type whose {@code KEY} names it, and each element id and message name
 * ({@code MESSAGE_*}) of that type is found in that process's file. Renaming an element in a diagram,
 * or a constant's value, fails here before any test boots the engine. The types are read from the
 * compiled main classes, so a new one is checked without being listed; an element id is any value
 * shaped like one ({@link #ELEMENT_ID}), whatever the constant's name.
 */
class ProcessVocabularyTest {

    /** A value shaped like a BPMN element id (the repo's naming: UserTaskXxx, EndEventXxx, ...). */
    private static final Pattern ELEMENT_ID = Pattern.compile("(UserTask|ServiceTask|SendTask|ReceiveTask|ScriptTask"
            + "|BusinessRuleTask|CallActivity|SubProcess|StartEvent|EndEvent|IntermediateCatchEvent"
            + "|IntermediateThrowEvent|BoundaryEvent|BoundaryTimer|ExclusiveGateway|ParallelGateway|InclusiveGateway"
            + "|EventBasedGateway|SequenceFlow)[A-Z]\\w*");

    /** Each process of bpmn/ by its key, with the model of its file. */
    private static final Map<String, BpmnModelInstance> PROCESSES = new TreeMap<>();
    private static final List<Class<?>> TYPES = new ArrayList<>();

    @BeforeAll
    static void readDiagramsAndConstants() throws IOException, URISyntaxException, ClassNotFoundException {
        try (Stream<Path> files = Files.list(Path.of("bpmn"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".bpmn")).sorted().toList()) {
                BpmnModelInstance model = Bpmn.readModelFromFile(file.toFile());
                model.getModelElementsByType(Process.class).forEach(process -> PROCESSES.put(process.getId(), model));
            }
        }
        Path classes = Path.of(DanvanApplication.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        try (Stream<Path> files = Files.walk(classes)) {
            for (Path file : files.filter(f -> f.getFileName().toString().endsWith("Process.class")).sorted()
                    .toList()) {
                String name = classes.relativize(file).toString().replace(file.getFileSystem().getSeparator(), ".");
                TYPES.add(Class.forName(name.substring(0, name.length() - ".class".length())));
            }
        }
    }

    @Test
    void everyProcessOfTheDiagramsHasOneConstantsTypeAndEveryKeyAProcess() throws IllegalAccessException {
        Map<String, List<String>> typesByKey = new TreeMap<>();
        PROCESSES.keySet().forEach(key -> typesByKey.put(key, new ArrayList<>()));
        List<String> unknown = new ArrayList<>();
        for (Class<?> type : TYPES) {
            String key = keyOf(type);
            assertThat(key).as(type.getSimpleName() + " names the process it describes (KEY)").isNotNull();
            if (typesByKey.containsKey(key)) {
                typesByKey.get(key).add(type.getSimpleName());
            } else {
                unknown.add(type.getSimpleName() + ".KEY = \"" + key + "\"");
            }
        }
        assertThat(unknown).as("keys that name no process of bpmn/").isEmpty();
        assertThat(typesByKey).as("process key -> its *Process constants types")
                .allSatisfy((key, types) -> assertThat(types).as(key).hasSize(1));
    }

    @Test
    void everyElementIdAndMessageNameOfAConstantsTypeIsInItsDiagram() throws IllegalAccessException {
        List<String> dangling = new ArrayList<>();
        int checked = 0;
        for (Class<?> type : TYPES) {
            BpmnModelInstance model = PROCESSES.get(keyOf(type));
            for (Field field : constantsOf(type)) {
                String value = (String) field.get(null);
                String where = type.getSimpleName() + "." + field.getName() + " = \"" + value + "\"";
                if (ELEMENT_ID.matcher(value).matches()) {
                    checked++;
                    if (model == null || !(model.getModelElementById(value) instanceof FlowElement)) {
                        dangling.add(where + ": no such element in " + keyOf(type));
                    }
                } else if (field.getName().startsWith("MESSAGE_")) {
                    checked++;
                    if (model == null || model.getModelElementsByType(Message.class).stream()
                            .noneMatch(message -> value.equals(message.getName()))) {
                        dangling.add(where + ": no such message in " + keyOf(type));
                    }
                }
            }
        }
        assertThat(dangling).as("constants naming nothing in their process's diagram").isEmpty();
        assertThat(checked).as("element ids and message names checked").isGreaterThanOrEqualTo(60);
    }

    /** The key of the process a type describes, or null. */
    private static String keyOf(Class<?> type) throws IllegalAccessException {
        for (Field field : constantsOf(type)) {
            if (field.getName().equals("KEY")) {
                return (String) field.get(null);
            }
        }
        return null;
    }

    private static List<Field> constantsOf(Class<?> type) {
        List<Field> constants = new ArrayList<>();
        for (Field field : type.getDeclaredFields()) {
            int modifiers = field.getModifiers();
            if (Modifier.isStatic(modifiers) && Modifier.isFinal(modifiers) && field.getType() == String.class) {
                field.setAccessible(true);
                constants.add(field);
            }
        }
        return constants;
    }
}
