package vn.danvan.criticism;

/** Where a criticism stands; the {@code status} of its events. */
public enum CriticismStatus {
    /** the draft was received; the form is not chosen yet */
    RECEIVED,
    /** the form was chosen: the conference, the letters or the council is being prepared */
    PREPARING,
    /** the organisations were asked for their opinions */
    COLLECTING_OPINIONS,
    /** the opinions are in: the experts' are recorded and the criticism document drafted */
    DRAFTING,
    /** the criticism document went to the authority, whose written response is awaited */
    AWAITING_RESPONSE,
    /** the response (or its absence) was recorded */
    CLOSED
}
