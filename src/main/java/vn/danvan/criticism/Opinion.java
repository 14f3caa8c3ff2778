package vn.danvan.criticism;

import java.time.Instant;

/**
 * An opinion on the draft: an organisation's (asked, then given) or an expert's (recorded by the Front).
 *
 * @param source ORGANISATION or EXPERT
 * @param state  REQUESTED or GIVEN
 */
public record Opinion(String opinionId, String criticismId, int number, String source, String unitCode,
        String expertName, String content, String state, Instant dueAt, String lateState, String givenBy,
        Instant givenAt) {

    static final String ORGANISATION = "ORGANISATION";
    static final String EXPERT = "EXPERT";
    static final String REQUESTED = "REQUESTED";
    static final String GIVEN = "GIVEN";

    /** Who gave it, as the document prints it. */
    public String author() {
        return expertName != null ? expertName : unitCode;
    }
}
