package vn.danvan.calendar;

import java.time.Instant;

/** A watched step as handlers see it. */
public record DeadlineWatch(String taskId, String kind, String subjectId, String stage, String unitCode,
        Instant remindAt, Instant dueAt, Instant veryLateAt) {
}
