package vn.danvan.reception;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.danvan.organization.Caller;
import vn.danvan.platform.web.InvalidInputException;

/** Leaders' reception schedules (a unit's officers manage their own, administrators all), the days and their registers. */
@RestController
class ReceptionController {

    private final ReceptionSchedules schedules;
    private final ReceptionDays days;
    private final ReceptionRegister register;
    private final ReceptionAccess access;
    private final ReceptionFrequencyRule frequency;

    ReceptionController(ReceptionSchedules schedules, ReceptionDays days, ReceptionRegister register,
            ReceptionAccess access, ReceptionFrequencyRule frequency) {
        this.schedules = schedules;
        this.days = days;
        this.register = register;
        this.access = access;
        this.frequency = frequency;
    }

    /** A schedule as POST and PUT take it: weekly needs {@code weekday} (1-7), monthly {@code monthDays} (1-28). */
    record ScheduleRequest(@Size(max = 40) String unitCode, @NotBlank @Size(max = 64) String leaderUserId,
            @NotBlank @Size(max = 200) String leaderTitle, @NotBlank @Size(max = 40) String leaderRole,
            @NotBlank @Size(max = 10) String recurrence, Integer weekday, List<Integer> monthDays,
            @NotBlank @Size(max = 300) String place, LocalDate validFrom, LocalDate validUntil, Boolean active) {

        ReceptionSchedules.Draft draft() {
            return new ReceptionSchedules.Draft(unitCode, leaderUserId, leaderTitle, leaderRole, recurrence, weekday,
                    monthDays, place, validFrom, validUntil, active);
        }
    }

    @GetMapping("/api/reception/schedules")
    List<Schedule> list(@RequestParam(required = false) String unit, Caller user) {
        return schedules.visibleTo(user, unit);
    }

    @GetMapping("/api/reception/schedules/{id}")
    Schedule one(@PathVariable long id, Caller user) {
        return schedules.find(id).filter(s -> access.canView(user, s.unitCode()))
                .orElseThrow(() -> new ScheduleNotFoundException(id));
    }

    @PostMapping("/api/reception/schedules")
    ResponseEntity<Schedule> create(@Valid @RequestBody ScheduleRequest request, Caller user) {
        if (request.unitCode() == null || request.unitCode().isBlank()) {
            throw new InvalidInputException("unitCode", "must not be blank");
        }
        Schedule created = schedules.create(request.draft(), user);
        return ResponseEntity.created(URI.create("/api/reception/schedules/" + created.scheduleId())).body(created);
    }

    @PutMapping("/api/reception/schedules/{id}")
    Schedule update(@PathVariable long id, @Valid @RequestBody ScheduleRequest request, Caller user) {
        return schedules.update(id, request.draft(), user);
    }

    /** The minimum frequencies of the rule table, per role, with their legal basis. */
    @GetMapping("/api/reception/requirements")
    List<ReceptionFrequencyRule.Requirement> requirements() {
        return Arrays.stream(LeaderRole.values()).map(frequency::of).toList();
    }

    /** Reception days of the units the caller sees, in a month ({@code period=2026-12}, default this month) or a year. */
    @GetMapping("/api/reception/days")
    List<ReceptionDay> days(@RequestParam(required = false) String unit, @RequestParam(required = false) String period,
            Caller user) {
        ReceptionPeriod range = ReceptionPeriod.parse(period, ReceptionSchedules.today());
        List<String> scope = user.seesEverything() ? null : List.copyOf(user.scope().units());
        return days.between(scope, unit, range.from(), range.to()).stream()
                .filter(d -> access.canView(user, d.unitCode())).toList();
    }

    /** A day with its attendance and register; the citizens' names only for the receiving unit. */
    @GetMapping("/api/reception/days/{dayId}")
    Map<String, Object> day(@PathVariable String dayId, Caller user) {
        ReceptionDay day = days.find(dayId).filter(d -> access.canView(user, d.unitCode()))
                .orElseThrow(() -> new DayNotFoundException(dayId));
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("day", day);
        view.put("statusLabel", day.status().label());
        view.put("moved", day.moved());
        view.put("citizens", register.lines(dayId, access.canManage(user, day.unitCode())));
        view.put("requirement", frequency.of(day.leaderRole()));
        return view;
    }

    @ExceptionHandler({ScheduleNotFoundException.class, DayNotFoundException.class})
    ResponseEntity<ProblemDetail> notFound(RuntimeException e) {
        return ResponseEntity.status(HttpStatus.NOT_FOUND)
                .body(ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, e.getMessage() + ", or you may not see it"));
    }
}
