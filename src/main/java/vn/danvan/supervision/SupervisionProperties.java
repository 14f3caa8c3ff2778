package vn.danvan.supervision;

import java.time.MonthDay;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of supervision campaigns ({@code danvan.supervision.*}).
 *
 * @param recurringPetitionThreshold petitions on one subject area in one commune within a quarter that
 *                                   make a campaign worth proposing
 * @param targetMin                  campaigns a unit should run each year (the resolution says 1-2 or more)
 * @param targetMax                  the upper end of the target shown
 * @param targetReminderDate         from this day (MM-dd) a unit with no campaign planned gets a reminder
 * @param targetEscalationDate       from this day (MM-dd) the committee is told about such a unit
 * @param checkCron                  when the yearly-target and recurring-petition checks run
 */
@ConfigurationProperties("danvan.supervision")
public record SupervisionProperties(
        @DefaultValue("3") int recurringPetitionThreshold,
        @DefaultValue("1") int targetMin,
        @DefaultValue("2") int targetMax,
        @DefaultValue("06-30") String targetReminderDate,
        @DefaultValue("09-30") String targetEscalationDate,
        @DefaultValue("0 0 7 * * *") String checkCron) {

    MonthDay reminderDay() {
        return MonthDay.parse("--" + targetReminderDate);
    }

    MonthDay escalationDay() {
        return MonthDay.parse("--" + targetEscalationDate);
    }
}
