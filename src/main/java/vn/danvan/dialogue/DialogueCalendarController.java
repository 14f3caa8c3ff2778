package vn.danvan.dialogue;

import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import vn.danvan.organization.Caller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** The planned conferences the caller may see, as an iCalendar feed for officers' calendar applications. */
@RestController
class DialogueCalendarController {

    static final MediaType TEXT_CALENDAR = new MediaType("text", "calendar", java.nio.charset.StandardCharsets.UTF_8);

    private final Conferences conferences;
    private final DialogueProperties properties;

    DialogueCalendarController(Conferences conferences, DialogueProperties properties) {
        this.conferences = conferences;
        this.properties = properties;
    }

    @GetMapping("/api/dialogues/calendar.ics")
    ResponseEntity<String> calendar(Caller user) {
        List<ICalendar.Event> events = conferences.list(user.scope(), null)
                .stream().filter(c -> c.status().isScheduled()).map(this::event).toList();
        return ResponseEntity.ok().contentType(TEXT_CALENDAR)
                .header("Content-Disposition", "inline; filename=\"dialogues.ics\"")
                .body(ICalendar.write(events, Conferences.now().toInstant()));
    }

    private ICalendar.Event event(Conference c) {
        var start = c.plannedDate().atTime(c.plannedTime());
        return new ICalendar.Event(c.conferenceId().toLowerCase(java.util.Locale.ROOT) + "@danvan",
                start, start.plusHours(properties.durationHours()), "Hội nghị đối thoại: " + c.themes(), c.place(),
                "Lãnh đạo dự: " + c.leaders() + "\nMã hội nghị: " + c.conferenceId() + "\nTrạng thái: " + c.status().label());
    }
}
