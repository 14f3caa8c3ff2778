package vn.danvan.reception;

/** No such schedule, or the caller may not see it (both answer 404: existence is not revealed). */
class ScheduleNotFoundException extends RuntimeException {

    ScheduleNotFoundException(long scheduleId) {
        super("No reception schedule " + scheduleId);
    }
}
