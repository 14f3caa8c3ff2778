package vn.danvan.reception;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the reception module ({@code danvan.reception.*}); the schedules are data, the minimum
 * frequencies the rule table {@code reception-frequency.dmn}.
 *
 * @param generatorCycle when the generator runs (a Camunda timer cycle: cron or ISO 8601)
 * @param horizonDays    how many days ahead reception days are generated (their tasks show in Tasklist that early)
 */
@ConfigurationProperties("danvan.reception")
record ReceptionProperties(
        @DefaultValue("0 0 1 * * ?") String generatorCycle,
        @DefaultValue("14") int horizonDays) {
}
