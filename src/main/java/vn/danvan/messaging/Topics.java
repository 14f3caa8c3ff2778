package vn.danvan.messaging;

import java.util.List;

/** The Kafka topics of the external contract (names are fixed; see docs/events.md). */
public final class Topics {

    /** Petitions from other channels (hotline, portal, chat bot) as {@code vn.danvan.petition.submitted}. */
    public static final String INTAKE = "danvan.intake";
    /** Every change of a petition case, keyed by case id. */
    public static final String CASES = "danvan.cases";
    /** Dialogue conferences and their commitments, keyed by conference id. */
    public static final String DIALOGUES = "danvan.dialogues";
    /** Supervision campaigns and their recommendations, keyed by campaign id. */
    public static final String SUPERVISIONS = "danvan.supervisions";
    /** Leaders' citizen-reception days and their schedules, keyed by day id (schedule events by schedule key). */
    public static final String RECEPTIONS = "danvan.receptions";

    /** Social criticism of draft policies by the Front (phản biện xã hội), keyed by criticism id. */
    public static final String CRITICISMS = "danvan.criticisms";

    /** Unit reports on the resolution's targets and their reporting periods, keyed by period id. */
    public static final String UNIT_REPORTS = "danvan.unit-reports";

    public static final List<String> ALL = List.of(INTAKE, CASES, DIALOGUES, SUPERVISIONS, RECEPTIONS, CRITICISMS,
            UNIT_REPORTS);

    private static final String DEAD_LETTER_SUFFIX = ".DLT";

    private Topics() {
    }

    /** The dead-letter topic of a topic: inbound events that could not be accepted, with the reason. */
    public static String deadLetter(String topic) {
        return topic + DEAD_LETTER_SUFFIX;
    }
}
