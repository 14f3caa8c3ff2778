package vn.danvan.messaging.contract;

import java.net.URI;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import vn.danvan.messaging.Topics;

/**
 * Every event type of the contract: its CloudEvents {@code type}, its topic, its source and the
 * record its {@code data} is read into. The one place that maps types to records (docs/events.md
 * describes each).
 */
public enum EventType {

    PETITION_SUBMITTED("vn.danvan.petition.submitted", Topics.INTAKE, Sources.INTAKE, PetitionSubmission.class),

    CASE_RECEIVED("vn.danvan.case.received", Topics.CASES, Sources.PETITION, CaseEventData.class),
    CASE_CLASSIFIED("vn.danvan.case.classified", Topics.CASES, Sources.PETITION, CaseEventData.class),
    CASE_FORWARDED("vn.danvan.case.forwarded", Topics.CASES, Sources.PETITION, CaseEventData.class),
    CASE_ACCEPTED("vn.danvan.case.accepted", Topics.CASES, Sources.PETITION, CaseEventData.class),
    CASE_REFUSED("vn.danvan.case.refused", Topics.CASES, Sources.PETITION, CaseEventData.class),
    CASE_RETURNED("vn.danvan.case.returned", Topics.CASES, Sources.PETITION, CaseEventData.class),
    CASE_DIRECTED("vn.danvan.case.directed", Topics.CASES, Sources.PETITION, CaseEventData.class),
    CASE_REMINDED("vn.danvan.case.reminded", Topics.CASES, Sources.PETITION, CaseEventData.class),
    CASE_ESCALATED("vn.danvan.case.escalated", Topics.CASES, Sources.PETITION, CaseEventData.class),
    CASE_EXTENDED("vn.danvan.case.extended", Topics.CASES, Sources.PETITION, CaseEventData.class),
    CASE_RECOMPUTED("vn.danvan.case.recomputed", Topics.CASES, Sources.PETITION, CaseEventData.class),
    CASE_RESOLVED("vn.danvan.case.resolved", Topics.CASES, Sources.PETITION, CaseEventData.class),
    CASE_CLOSED("vn.danvan.case.closed", Topics.CASES, Sources.PETITION, CaseEventData.class),
    /** The unit holding the case was merged or closed: another unit of the same kind took its open work. */
    CASE_REASSIGNED("vn.danvan.case.reassigned", Topics.CASES, Sources.PETITION, CaseEventData.class),
    /** The citizen rated the closed case (1-5 stars, {@code rating}). */
    CASE_RATED("vn.danvan.case.rated", Topics.CASES, Sources.PETITION, CaseEventData.class),
    /** The citizen disagrees with the result: the trigger of a second-instance complaint. */
    CASE_DISPUTED("vn.danvan.case.disputed", Topics.CASES, Sources.PETITION, CaseEventData.class),
    /**
     * The complainant asked for a second instance (Complaints Law 2011, art. 33), on the first-instance
     * case: {@code secondInstanceCaseId} names the second-instance case, absent when it lies outside danvan.
     */
    CASE_SECOND_INSTANCE_REQUESTED("vn.danvan.case.second-instance-requested", Topics.CASES, Sources.PETITION,
            CaseEventData.class),
    /** The second instance ended (not accepted, or decided), on the first-instance case. */
    CASE_SECOND_INSTANCE_CONCLUDED("vn.danvan.case.second-instance-concluded", Topics.CASES, Sources.PETITION,
            CaseEventData.class),
    /** The mandatory dialogue with the complainant was held and recorded (art. 39), on a second-instance case. */
    CASE_DIALOGUE_HELD("vn.danvan.case.dialogue-held", Topics.CASES, Sources.PETITION, CaseEventData.class),
    /** A message went to the citizen (e-mail, SMS, Zalo) about an earlier change. */
    CASE_NOTIFIED("vn.danvan.case.notified", Topics.CASES, Sources.PETITION, CaseEventData.class),
    /** The commune chose another handling than the routing table suggested, and said why (on the timeline). */
    CASE_ROUTED_AGAINST_TABLE("vn.danvan.case.routed-against-table", Topics.CASES, Sources.PETITION, CaseEventData.class),
    /** The standing committee gave a denunciation about a Party member to its inspection commission. */
    CASE_INSPECTION_STARTED("vn.danvan.case.inspection-started", Topics.CASES, Sources.PETITION, CaseEventData.class),
    /** The inspection commission finished verifying. */
    CASE_INSPECTION_VERIFIED("vn.danvan.case.inspection-verified", Topics.CASES, Sources.PETITION, CaseEventData.class),
    /** The inspection commission concluded, proposing a form of discipline or not. */
    CASE_INSPECTION_CONCLUDED("vn.danvan.case.inspection-concluded", Topics.CASES, Sources.PETITION, CaseEventData.class),
    /** The standing committee decided on the proposed discipline. */
    CASE_DISCIPLINE_DECIDED("vn.danvan.case.discipline-decided", Topics.CASES, Sources.PETITION, CaseEventData.class),

    DIALOGUE_PLANNED("vn.danvan.dialogue.planned", Topics.DIALOGUES, Sources.DIALOGUE, DialogueEventData.class),
    DIALOGUE_QUESTION_RECEIVED("vn.danvan.dialogue.question-received", Topics.DIALOGUES, Sources.DIALOGUE, DialogueEventData.class),
    DIALOGUE_HELD("vn.danvan.dialogue.held", Topics.DIALOGUES, Sources.DIALOGUE, DialogueEventData.class),
    DIALOGUE_CONCLUDED("vn.danvan.dialogue.concluded", Topics.DIALOGUES, Sources.DIALOGUE, DialogueEventData.class),
    DIALOGUE_COMMITMENT_MADE("vn.danvan.dialogue.commitment-made", Topics.DIALOGUES, Sources.DIALOGUE, DialogueEventData.class),
    DIALOGUE_COMMITMENT_REMINDED("vn.danvan.dialogue.commitment-reminded", Topics.DIALOGUES, Sources.DIALOGUE, DialogueEventData.class),
    DIALOGUE_COMMITMENT_FULFILLED("vn.danvan.dialogue.commitment-fulfilled", Topics.DIALOGUES, Sources.DIALOGUE, DialogueEventData.class),
    DIALOGUE_COMMITMENT_UNFULFILLED("vn.danvan.dialogue.commitment-unfulfilled", Topics.DIALOGUES, Sources.DIALOGUE, DialogueEventData.class),
    DIALOGUE_COMMITMENT_OVERDUE("vn.danvan.dialogue.commitment-overdue", Topics.DIALOGUES, Sources.DIALOGUE, DialogueEventData.class),
    DIALOGUE_CLOSED("vn.danvan.dialogue.closed", Topics.DIALOGUES, Sources.DIALOGUE, DialogueEventData.class),
    /** A question not answered at the conference went to a unit to answer in writing ({@code ownerUnitCode}, {@code dueAt}). */
    DIALOGUE_WRITTEN_ANSWER_REQUESTED("vn.danvan.dialogue.written-answer-requested", Topics.DIALOGUES, Sources.DIALOGUE, DialogueEventData.class),
    DIALOGUE_WRITTEN_ANSWER_REMINDED("vn.danvan.dialogue.written-answer-reminded", Topics.DIALOGUES, Sources.DIALOGUE, DialogueEventData.class),
    /** The written answer is late ({@code lateState} LATE) or very late (VERY_LATE). */
    DIALOGUE_WRITTEN_ANSWER_OVERDUE("vn.danvan.dialogue.written-answer-overdue", Topics.DIALOGUES, Sources.DIALOGUE, DialogueEventData.class),
    /** The unit's written answer was recorded; {@code lateState} says whether it came late. */
    DIALOGUE_QUESTION_ANSWERED_IN_WRITING("vn.danvan.dialogue.question-answered-in-writing", Topics.DIALOGUES, Sources.DIALOGUE, DialogueEventData.class),

    SUPERVISION_PLANNED("vn.danvan.supervision.planned", Topics.SUPERVISIONS, Sources.SUPERVISION, SupervisionEventData.class),
    SUPERVISION_STARTED("vn.danvan.supervision.started", Topics.SUPERVISIONS, Sources.SUPERVISION, SupervisionEventData.class),
    SUPERVISION_REPORTED("vn.danvan.supervision.reported", Topics.SUPERVISIONS, Sources.SUPERVISION, SupervisionEventData.class),
    SUPERVISION_RECOMMENDATION_MADE("vn.danvan.supervision.recommendation-made", Topics.SUPERVISIONS, Sources.SUPERVISION, SupervisionEventData.class),
    SUPERVISION_REMINDED("vn.danvan.supervision.reminded", Topics.SUPERVISIONS, Sources.SUPERVISION, SupervisionEventData.class),
    SUPERVISION_ANSWERED("vn.danvan.supervision.answered", Topics.SUPERVISIONS, Sources.SUPERVISION, SupervisionEventData.class),
    SUPERVISION_JUDGED("vn.danvan.supervision.judged", Topics.SUPERVISIONS, Sources.SUPERVISION, SupervisionEventData.class),
    SUPERVISION_OVERDUE("vn.danvan.supervision.overdue", Topics.SUPERVISIONS, Sources.SUPERVISION, SupervisionEventData.class),
    SUPERVISION_CLOSED("vn.danvan.supervision.closed", Topics.SUPERVISIONS, Sources.SUPERVISION, SupervisionEventData.class),
    /** A finding about a Party member went to the committee's inspection commission. */
    SUPERVISION_INSPECTION_STARTED("vn.danvan.supervision.inspection-started", Topics.SUPERVISIONS, Sources.SUPERVISION, SupervisionEventData.class),
    SUPERVISION_INSPECTION_VERIFIED("vn.danvan.supervision.inspection-verified", Topics.SUPERVISIONS, Sources.SUPERVISION, SupervisionEventData.class),
    SUPERVISION_INSPECTION_CONCLUDED("vn.danvan.supervision.inspection-concluded", Topics.SUPERVISIONS, Sources.SUPERVISION, SupervisionEventData.class),
    SUPERVISION_DISCIPLINE_DECIDED("vn.danvan.supervision.discipline-decided", Topics.SUPERVISIONS, Sources.SUPERVISION, SupervisionEventData.class),

    /** A leader's reception schedule was created or changed (keyed by {@code RECEPTION-SCHEDULE-<id>}). */
    RECEPTION_SCHEDULE_SAVED("vn.danvan.reception.schedule-saved", Topics.RECEPTIONS, Sources.RECEPTION, ReceptionEventData.class),
    /** A reception day was generated from a schedule (its task is in Tasklist). */
    RECEPTION_SCHEDULED("vn.danvan.reception.scheduled", Topics.RECEPTIONS, Sources.RECEPTION, ReceptionEventData.class),
    RECEPTION_HELD("vn.danvan.reception.held", Topics.RECEPTIONS, Sources.RECEPTION, ReceptionEventData.class),
    RECEPTION_NOT_HELD("vn.danvan.reception.not-held", Topics.RECEPTIONS, Sources.RECEPTION, ReceptionEventData.class),
    RECEPTION_CITIZEN_RECEIVED("vn.danvan.reception.citizen-received", Topics.RECEPTIONS, Sources.RECEPTION, ReceptionEventData.class),
    /** The day's register is complete: every citizen received is recorded. */
    RECEPTION_RECORDED("vn.danvan.reception.recorded", Topics.RECEPTIONS, Sources.RECEPTION, ReceptionEventData.class),

    /** A Front committee received a draft policy, plan or project to criticise (phản biện xã hội). */
    CRITICISM_RECEIVED("vn.danvan.criticism.received", Topics.CRITICISMS, Sources.CRITICISM, CriticismEventData.class),
    /** The Front chose the form: a conference, written comments or a review council ({@code form}). */
    CRITICISM_FORM_DECIDED("vn.danvan.criticism.form-decided", Topics.CRITICISMS, Sources.CRITICISM, CriticismEventData.class),
    /** An organisation was asked for its opinion, by {@code dueAt}. */
    CRITICISM_OPINION_REQUESTED("vn.danvan.criticism.opinion-requested", Topics.CRITICISMS, Sources.CRITICISM, CriticismEventData.class),
    CRITICISM_OPINION_GIVEN("vn.danvan.criticism.opinion-given", Topics.CRITICISMS, Sources.CRITICISM, CriticismEventData.class),
    /** The criticism document went to the authority; its written response is due by {@code dueAt}. */
    CRITICISM_ISSUED("vn.danvan.criticism.issued", Topics.CRITICISMS, Sources.CRITICISM, CriticismEventData.class),
    CRITICISM_REMINDED("vn.danvan.criticism.reminded", Topics.CRITICISMS, Sources.CRITICISM, CriticismEventData.class),
    CRITICISM_OVERDUE("vn.danvan.criticism.overdue", Topics.CRITICISMS, Sources.CRITICISM, CriticismEventData.class),
    /** The authority's written response was recorded ({@code response}), or its absence (NONE). */
    CRITICISM_RESPONDED("vn.danvan.criticism.responded", Topics.CRITICISMS, Sources.CRITICISM, CriticismEventData.class),
    CRITICISM_CLOSED("vn.danvan.criticism.closed", Topics.CRITICISMS, Sources.CRITICISM, CriticismEventData.class),

    /** The district's mass-mobilisation commission opened a reporting period; each unit's report is requested. */
    UNIT_REPORT_PERIOD_OPENED("vn.danvan.unit-report.period-opened", Topics.UNIT_REPORTS, Sources.UNIT_REPORT, UnitReportEventData.class),
    /** The period takes no more reports. */
    UNIT_REPORT_PERIOD_CLOSED("vn.danvan.unit-report.period-closed", Topics.UNIT_REPORTS, Sources.UNIT_REPORT, UnitReportEventData.class),
    /** A closed period was reopened (who and why are on its history). */
    UNIT_REPORT_PERIOD_REOPENED("vn.danvan.unit-report.period-reopened", Topics.UNIT_REPORTS, Sources.UNIT_REPORT, UnitReportEventData.class),
    /** Every unit's report of the period was accepted. */
    UNIT_REPORT_PERIOD_COMPLETED("vn.danvan.unit-report.period-completed", Topics.UNIT_REPORTS, Sources.UNIT_REPORT, UnitReportEventData.class),
    /** A unit's task to report exists, due by {@code dueAt}. */
    UNIT_REPORT_REQUESTED("vn.danvan.unit-report.requested", Topics.UNIT_REPORTS, Sources.UNIT_REPORT, UnitReportEventData.class),
    UNIT_REPORT_SUBMITTED("vn.danvan.unit-report.submitted", Topics.UNIT_REPORTS, Sources.UNIT_REPORT, UnitReportEventData.class),
    UNIT_REPORT_ACCEPTED("vn.danvan.unit-report.accepted", Topics.UNIT_REPORTS, Sources.UNIT_REPORT, UnitReportEventData.class),
    /** The commission returned the report for correction (the reason is on the history, not in the event). */
    UNIT_REPORT_RETURNED("vn.danvan.unit-report.returned", Topics.UNIT_REPORTS, Sources.UNIT_REPORT, UnitReportEventData.class),
    UNIT_REPORT_REMINDED("vn.danvan.unit-report.reminded", Topics.UNIT_REPORTS, Sources.UNIT_REPORT, UnitReportEventData.class),
    /** The report is late ({@code lateState} LATE or VERY_LATE). */
    UNIT_REPORT_OVERDUE("vn.danvan.unit-report.overdue", Topics.UNIT_REPORTS, Sources.UNIT_REPORT, UnitReportEventData.class),

    /**
     * An official document was issued. It goes on the topic of what it belongs to (a case, a conference,
     * a campaign, a criticism), keyed like that topic's other events, so that it keeps its place in their order.
     */
    DOCUMENT_ISSUED("vn.danvan.document.issued", Set.of(Topics.CASES, Topics.DIALOGUES, Topics.SUPERVISIONS,
            Topics.CRITICISMS),
            Sources.DOCUMENTS, DocumentIssuedData.class);

    private static final Map<String, EventType> BY_TYPE =
            Arrays.stream(values()).collect(Collectors.toMap(EventType::type, Function.identity()));

    private final String type;
    private final Set<String> topics;
    private final URI source;
    private final Class<?> dataClass;

    EventType(String type, String topic, String source, Class<?> dataClass) {
        this(type, Set.of(topic), source, dataClass);
    }

    EventType(String type, Set<String> topics, String source, Class<?> dataClass) {
        this.type = type;
        this.topics = topics;
        this.source = URI.create(source);
        this.dataClass = dataClass;
    }

    /** CloudEvents {@code source} attributes of the events danvan produces. */
    private static final class Sources {
        static final String INTAKE = "/danvan/intake";
        static final String PETITION = "/danvan/petition";
        static final String DIALOGUE = "/danvan/dialogue";
        static final String SUPERVISION = "/danvan/supervision";
        static final String CRITICISM = "/danvan/criticism";
        static final String DOCUMENTS = "/danvan/documents";
        static final String RECEPTION = "/danvan/reception";
        static final String UNIT_REPORT = "/danvan/unit-report";
    }

    public static Optional<EventType> of(String type) {
        return Optional.ofNullable(type).map(BY_TYPE::get);
    }

    /** The CloudEvents {@code type} attribute. */
    public String type() {
        return type;
    }

    /** The topic of a type that has one; a type that goes on several names its topic when published. */
    public String topic() {
        if (topics.size() != 1) {
            throw new IllegalStateException(type + " goes on one of " + topics + ": name the topic");
        }
        return topics.iterator().next();
    }

    /** Whether events of this type may appear on the topic. */
    public boolean belongsOn(String topic) {
        return topics.contains(topic);
    }

    /** The CloudEvents {@code source} attribute of events danvan produces of this type. */
    public URI source() {
        return source;
    }

    public Class<?> dataClass() {
        return dataClass;
    }
}
