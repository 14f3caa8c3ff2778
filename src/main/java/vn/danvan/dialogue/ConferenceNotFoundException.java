package vn.danvan.dialogue;

/** No such conference, or the caller may not see it: both are answered 404. */
class ConferenceNotFoundException extends RuntimeException {

    ConferenceNotFoundException(String conferenceId) {
        super("No such conference: " + conferenceId);
    }
}
