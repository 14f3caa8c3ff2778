package vn.danvan.calendar;

/**
 * One row of the DMN table {@code deadline-rules}.
 *
 * @param amount            days allowed for the step
 * @param workingDays       counted in working days (else calendar days)
 * @param extensionsAllowed how many extensions the law allows
 * @param extensionDays     calendar days each extension adds
 * @param basis             the legal source, shown to officers
 */
public record DeadlineRule(int amount, boolean workingDays, int extensionsAllowed, int extensionDays, String basis) {
}
