package vn.danvan.calendar;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.security.access.AccessDeniedException;
import vn.danvan.organization.Caller;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * The holiday calendar as data: anyone signed in reads it; administrators add or remove days off and
 * make-up working days, and the open cases they affect are rescheduled.
 */
@RestController
class CalendarController {

    private final WorkingCalendar calendar;
    private final CalendarChanges changes;

    CalendarController(WorkingCalendar calendar, CalendarChanges changes) {
        this.calendar = calendar;
        this.changes = changes;
    }

    @GetMapping("/api/calendar/{year}")
    List<CalendarDay> year(@PathVariable int year) {
        return calendar.exceptions(year);
    }

    @PutMapping("/api/calendar/days/{day}")
    Map<String, Object> put(@PathVariable LocalDate day, @Valid @RequestBody DayChange change, Caller user) {
        requireAdministrator(user);
        int rescheduled = changes.put(new CalendarDay(day, change.kind(), change.name(), change.source()));
        return Map.of("day", day, "kind", change.kind(), "rescheduledSteps", rescheduled);
    }

    @DeleteMapping("/api/calendar/days/{day}")
    Map<String, Object> remove(@PathVariable LocalDate day, Caller user) {
        requireAdministrator(user);
        return Map.of("day", day, "rescheduledSteps", changes.remove(day));
    }

    private static void requireAdministrator(Caller user) {
        if (!user.administers()) {
            throw new AccessDeniedException("Only administrators change the calendar");
        }
    }

    record DayChange(@NotBlank @Pattern(regexp = "DAY_OFF|WORKING_DAY", message = "must be DAY_OFF or WORKING_DAY") String kind,
            @NotBlank @Size(max = 200) String name, @Size(max = 300) String source) {
    }
}
