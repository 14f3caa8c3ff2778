package vn.danvan.reception;

/**
 * The process {@code citizen-reception-generator} (bpmn/citizen-reception-generator.bpmn): a daily
 * timer that generates the coming reception days, each a {@link CitizenReceptionProcess}.
 */
final class CitizenReceptionGeneratorProcess {

    static final String KEY = "citizen-reception-generator";
    static final String TIMER = "StartEventEveryDay";

    /** Set by the generating step, for the history: how many days it made. */
    static final String GENERATED_DAYS = "generatedDays";

    private CitizenReceptionGeneratorProcess() {
    }
}
