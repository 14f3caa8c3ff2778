package vn.danvan.dialogue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;

/** A dialogue conference as stored. */
public record Conference(
        String conferenceId,
        String unitCode,
        String level,
        int year,
        int number,
        ConferenceStatus status,
        String themes,
        LocalDate plannedDate,
        LocalTime plannedTime,
        String place,
        String leaders,
        String invitedGroups,
        LocalDate questionDeadline,
        String approverGroup,
        Instant heldAt,
        Integer attendance,
        String minutes,
        String conclusion,
        String noticeNumber,
        String createdBy,
        Instant createdAt,
        Instant updatedAt) {
}
