package vn.danvan.dialogue;

/**
 * The yearly rhythm {@code dialogue-yearly} (bpmn/dialogue-yearly.bpmn): a timer start event each year
 * starts one {@link DialogueYearlyPromptProcess} per unit that must hold a conference.
 */
public final class DialogueYearlyProcess {

    public static final String KEY = "dialogue-yearly";

    /** Set by the prompting step, for the history: the year and the units prompted. */
    static final String YEAR = "year";
    static final String PROMPTED_UNITS = "promptedUnits";

    private DialogueYearlyProcess() {
    }
}
