package vn.danvan.reception;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A leader's reception schedule: who (user, title, role), for which unit, when (weekly on a weekday,
 * or monthly on days of the month), where, and from when until when.
 *
 * @param weekday   ISO day of the week, 1 Monday .. 7 Sunday (weekly)
 * @param monthDays days of the month (monthly)
 */
record Schedule(long scheduleId, String unitCode, String leaderUserId, String leaderTitle, LeaderRole leaderRole,
        String recurrence, Integer weekday, List<Integer> monthDays, String place, LocalDate validFrom,
        LocalDate validUntil, boolean active, int version, String createdBy, Instant createdAt, String updatedBy,
        Instant updatedAt) {

    @JsonIgnore
    Recurrence rule() {
        return Recurrence.parse(recurrence, weekday, monthDays);
    }

    /** Whether the schedule names reception days on this date's side of its validity. */
    boolean validOn(LocalDate day) {
        return !day.isBefore(validFrom) && (validUntil == null || !day.isAfter(validUntil));
    }
}
