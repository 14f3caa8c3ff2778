package vn.danvan.calendar;

import java.time.Instant;

/** The dates of a timed step: remind, due, and very late. */
public record Deadline(Instant anchorAt, Instant remindAt, Instant dueAt, Instant veryLateAt, String basis) {
}
