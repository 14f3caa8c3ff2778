package vn.danvan.calendar;

import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecisionRuleResult;
import org.camunda.bpm.engine.DecisionService;
import org.springframework.stereotype.Component;

/**
 * Reads the legal deadlines from the DMN table {@code deadline-rules} (bpmn/deadline-rules.dmn), so a
 * legal reviewer changes a figure in Camunda Modeler, not in code.
 */
@Component
class DeadlineRules {

    static final String DECISION = "deadline-rules";

    private final DecisionService decisions;

    DeadlineRules(DecisionService decisions) {
        this.decisions = decisions;
    }

    DeadlineRule find(DeadlineSubject subject) {
        Map<String, Object> inputs = new HashMap<>();
        inputs.put("stage", subject.stage());
        inputs.put("caseType", subject.caseType());
        inputs.put("complexity", subject.complexity() == null ? "NORMAL" : subject.complexity());
        inputs.put("remoteArea", subject.remoteArea());
        DmnDecisionRuleResult row = decisions.evaluateDecisionTableByKey(DECISION, inputs).getSingleResult();
        if (row == null) {
            throw new IllegalStateException("No deadline rule for " + inputs);
        }
        return new DeadlineRule(((Number) row.getEntry("amount")).intValue(),
                "WORKING".equals(row.getEntry("dayKind")), ((Number) row.getEntry("extensionsAllowed")).intValue(),
                ((Number) row.getEntry("extensionDays")).intValue(), row.getEntry("basis"));
    }
}
