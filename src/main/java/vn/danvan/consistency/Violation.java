package vn.danvan.consistency;

/**
 * One place where two records disagree.
 *
 * @param invariant the invariant's id ({@link Invariant#id()})
 * @param subjectId the case, conference, campaign, deadline or event concerned
 * @param detail    what was found, in words an administrator can act on
 */
public record Violation(String invariant, String subjectId, String detail) {

    /** One line for logs and test failures: {@code invariant subject: detail}. */
    public String line() {
        return invariant + " " + subjectId + ": " + detail;
    }
}
