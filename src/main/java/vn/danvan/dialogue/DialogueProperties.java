package vn.danvan.dialogue;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the dialogue module ({@code danvan.dialogue.*}); which units must hold a conference
 * and by when is data ({@code dialogue_unit_policy}), not settings.
 *
 * @param yearlyCycle      when the yearly planning prompts go out (a Camunda timer cycle: cron or ISO 8601)
 * @param durationHours    how long a conference lasts in officers' calendars
 */
@ConfigurationProperties("danvan.dialogue")
record DialogueProperties(
        @DefaultValue("0 0 8 2 1 ?") String yearlyCycle,
        @DefaultValue("3") int durationHours) {
}
