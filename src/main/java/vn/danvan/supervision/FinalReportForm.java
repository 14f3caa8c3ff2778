package vn.danvan.supervision;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.delegate.VariableScope;
import vn.danvan.platform.engine.StepSupport;

/**
 * The recommendations of the final-report form: fixed fields recommendation1..5 (Tasklist forms
 * handle dynamic lists badly), empty ones skipped. A process started by the application may instead
 * pass {@code recommendations} as one text, one recommendation per line.
 */
final class FinalReportForm {

    static final String RECOMMENDATIONS_TEXT = "recommendations";

    private FinalReportForm() {
    }

    static List<String> recommendations(VariableScope scope) {
        List<String> texts = new ArrayList<>();
        for (int i = 1; i <= SupervisionCampaignProcess.MAX_FORM_RECOMMENDATIONS; i++) {
            String text = StepSupport.string(scope, SupervisionCampaignProcess.RECOMMENDATION_PREFIX + i);
            if (text != null) {
                texts.add(text);
            }
        }
        String lines = StepSupport.string(scope, RECOMMENDATIONS_TEXT);
        if (lines != null) {
            lines.lines().map(String::strip).filter(line -> !line.isEmpty()).forEach(texts::add);
        }
        return texts;
    }
}
