package vn.danvan.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionRuleResult;
import org.camunda.bpm.dmn.engine.DmnDecisionTableResult;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.dmn.engine.delegate.DmnDecisionTableEvaluationListener;
import org.camunda.bpm.dmn.engine.delegate.DmnEvaluatedDecisionRule;
import org.camunda.bpm.dmn.engine.impl.DefaultDmnEngineConfiguration;
import org.camunda.bpm.dmn.engine.impl.DmnDecisionTableImpl;
import org.camunda.bpm.dmn.engine.impl.DmnDecisionTableRuleImpl;
import org.camunda.bpm.engine.variable.Variables;
import org.yaml.snakeyaml.Yaml;

/**
 * The rule tables of bpmn/ on Camunda's DMN engine alone, configured as the application configures
 * its engine (the FEEL setting of application.yml), so that a row tested here is the row the
 * processes get. Each evaluation also names the row that matched, by its rule id.
 */
public final class DecisionTables {

    private static final ThreadLocal<List<String>> MATCHED = ThreadLocal.withInitial(ArrayList::new);
    private static final DmnEngine ENGINE = build();

    private DecisionTables() {
    }

    /** The engine the application's process engine builds its DMN engine like. */
    public static DmnEngine engine() {
        return ENGINE;
    }

    /** Whether application.yml turns on the legacy (Java) FEEL engine, as the process engine reads it. */
    public static boolean legacyFeel() {
        try (InputStream in = Files.newInputStream(Path.of("src/main/resources/application.yml"))) {
            Map<String, Object> yaml = new Yaml().load(in);
            Object value = at(yaml, "camunda", "bpm", "generic-properties", "properties", "dmn-feel-enable-legacy-behavior");
            return Boolean.parseBoolean(String.valueOf(value));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A decision of a file in bpmn/. */
    public static DmnDecision parse(String file, String decisionKey) {
        return parse(ENGINE, file, decisionKey);
    }

    /** A decision of a file in bpmn/, for another engine. */
    public static DmnDecision parse(DmnEngine engine, String file, String decisionKey) {
        try (InputStream in = Files.newInputStream(Path.of("bpmn", file))) {
            return engine.parseDecision(decisionKey, in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every row's rule id, in the table's order. */
    public static List<String> ruleIds(DmnDecision decision) {
        return ((DmnDecisionTableImpl) decision.getDecisionLogic()).getRules().stream().map(DmnDecisionTableRuleImpl::getId)
                .toList();
    }

    /** The row a table's hit policy picks for these inputs, with its rule id; null when none matches. */
    public static Row evaluate(DmnDecision decision, Map<String, Object> inputs) {
        MATCHED.get().clear();
        DmnDecisionTableResult result = ENGINE.evaluateDecisionTable(decision, Variables.fromMap(inputs));
        List<String> matched = List.copyOf(MATCHED.get());
        if (result.isEmpty()) {
            return null;
        }
        if (result.size() != 1 || matched.size() != 1) {
            throw new AssertionError("more than one row for " + inputs + ": " + matched);
        }
        return new Row(matched.get(0), result.getSingleResult());
    }

    /** One matched row: its rule id and its outputs. */
    public record Row(String ruleId, DmnDecisionRuleResult entries) {

        /** An output's value; null when the row leaves it empty (the engine then omits it). */
        @SuppressWarnings("unchecked")
        public <T> T get(String output) {
            return (T) entries.get(output);
        }

        public int integer(String output) {
            return ((Number) entries.getEntry(output)).intValue();
        }
    }

    private static DmnEngine build() {
        DmnDecisionTableEvaluationListener recorder = event -> event.getMatchingRules().stream()
                .map(DmnEvaluatedDecisionRule::getId).forEach(MATCHED.get()::add);
        DefaultDmnEngineConfiguration configuration = (DefaultDmnEngineConfiguration) DmnEngineConfiguration
                .createDefaultDmnEngineConfiguration();
        configuration.enableFeelLegacyBehavior(legacyFeel());
        configuration.customPostDecisionTableEvaluationListeners(List.of(recorder));
        return configuration.buildEngine();
    }

    @SuppressWarnings("unchecked")
    private static Object at(Map<String, Object> yaml, String... path) {
        Object current = yaml;
        for (String key : path) {
            current = current instanceof Map<?, ?> map ? ((Map<String, Object>) map).get(key) : null;
        }
        return current;
    }
}
