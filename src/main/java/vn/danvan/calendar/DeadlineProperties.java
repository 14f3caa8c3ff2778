package vn.danvan.calendar;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param reminderShare     the reminder fires after this share of the time allowed (two thirds)
 * @param veryLateShare     "very late" when overdue by this share of the time allowed
 * @param demoMinutesPerDay DEMO ONLY: when above 0, one day of a deadline lasts this many minutes and
 *                          the calendar is ignored, so reminders and escalations can be watched live
 */
@ConfigurationProperties("danvan.deadlines")
public record DeadlineProperties(
        @DefaultValue("0.667") double reminderShare,
        @DefaultValue("0.5") double veryLateShare,
        @DefaultValue("0") double demoMinutesPerDay) {
}
