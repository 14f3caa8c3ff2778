package vn.danvan.reception;

/** No such reception day, or the caller may not see it (both answer 404). */
class DayNotFoundException extends RuntimeException {

    DayNotFoundException(String dayId) {
        super("No reception day " + dayId);
    }
}
