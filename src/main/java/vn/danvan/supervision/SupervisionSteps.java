package vn.danvan.supervision;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.Authentication;

/** Small helpers shared by the supervision processes' delegates and listeners. */
final class SupervisionSteps {

    static final String SYSTEM = "system";
    static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("HH:mm dd/MM/yyyy").withZone(VIETNAM);

    private SupervisionSteps() {
    }

    /** The officer whose action runs this step (Tasklist, REST), or "system" for timers and services. */
    static String actor() {
        if (Context.getCommandContext() == null) {
            return SYSTEM;
        }
        Authentication authentication = Context.getCommandContext().getAuthentication();
        return authentication == null || authentication.getUserId() == null ? SYSTEM : authentication.getUserId();
    }

    static String string(VariableScope scope, String name) {
        Object value = scope.getVariable(name);
        if (value == null) {
            return null;
        }
        String text = value.toString().strip();
        return text.isEmpty() ? null : text;
    }

    /** A number from a form: Camunda Forms send numbers as Long or Double, selects as String. */
    static Integer integer(VariableScope scope, String name) {
        Object value = scope.getVariable(name);
        if (value instanceof Number number) {
            return number.intValue();
        }
        String text = string(scope, name);
        try {
            return text == null ? null : Integer.valueOf(text);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    static String shown(Instant instant) {
        return SHOWN.format(instant);
    }

    static String campaignId(VariableScope scope) {
        return (String) scope.getVariable(SupervisionCampaignProcess.CAMPAIGN_ID);
    }

    static String recommendationId(VariableScope scope) {
        return (String) scope.getVariable(SupervisionRecommendationProcess.RECOMMENDATION_ID);
    }
}
