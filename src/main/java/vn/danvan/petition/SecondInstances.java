package vn.danvan.petition;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import vn.danvan.calendar.DeadlineSubject;
import vn.danvan.calendar.DeadlineWatches;
import vn.danvan.messaging.contract.EventType;
import vn.danvan.messaging.record.RecordLedger;
import vn.danvan.organization.Unit;
import vn.danvan.organization.UnitDirectory;
import vn.danvan.petition.SecondInstanceRefusedException.SecondInstanceRefusal;
import vn.danvan.platform.engine.StepSupport;
import vn.danvan.platform.web.InvalidInputException;

/**
 * Second-instance complaints (khiếu nại lần hai; Complaints Law 2011, art. 33-41;
 * docs/second-instance.md). Decides whether a request applies to a first-instance case, records it
 * (a second-instance case of its own, linked both ways to the first, or a referral outside danvan),
 * and records each step of the second instance with its case event. Every door (Tasklist's start
 * form, REST, the citizen's status page) comes through {@link #register}.
 */
@Service
public class SecondInstances {

    static final int MAX_REASON = 4000;
    /** The first-instance results a complainant may disagree with: a decision on the merits. */
    private static final java.util.Set<String> DECISIONS = java.util.Set.of(Outcome.UPHELD.name(),
            Outcome.PARTLY_UPHELD.name(), Outcome.REJECTED.name(), Outcome.ANSWERED.name());
    private static final String COMPLAINT = "COMPLAINT";

    /** What made the complainant ask: they disagree with the decision, or none came in time (art. 33). */
    enum Trigger { DISAGREEMENT, NO_DECISION }

    /** Where the request came in. */
    enum Door { TASKLIST, REST, PORTAL }

    /**
     * A recorded request.
     *
     * @param secondCaseId the second-instance case, null when the second instance lies outside danvan
     * @param referredTo   where the complainant's file goes when it does
     */
    public record Request(String firstCaseId, String secondCaseId, String secondTrackingCode, String trigger,
            String firstResolverUnit, String resolverUnit, String referredTo, Instant windowEndsAt) {

        public boolean inSystem() {
            return secondCaseId != null;
        }
    }

    /** The link as either case sees it. */
    public record Link(String firstCaseId, String secondCaseId, String trigger, String door, Instant requestedAt,
            String resolverUnit, String referredTo, Instant windowEndsAt, LocalDate dialogueDate,
            String dialogueParticipants, String dialogueContent, String dialogueAgreement) {
    }

    /** Why a request applies: its trigger, the window's dates and the first-instance resolver. */
    record Assessment(Trigger trigger, Instant windowAnchor, Instant windowEndsAt, String firstResolverUnit) {
    }

    private final JdbcClient jdbc;
    private final PetitionCases cases;
    private final CaseNumbers numbers;
    private final UnitDirectory units;
    private final DeadlineWatches watches;
    private final RuntimeService runtimeService;

    SecondInstances(JdbcClient jdbc, PetitionCases cases, CaseNumbers numbers, UnitDirectory units,
            DeadlineWatches watches, RuntimeService runtimeService) {
        this.jdbc = jdbc;
        this.cases = cases;
        this.numbers = numbers;
        this.units = units;
        this.watches = watches;
        this.runtimeService = runtimeService;
    }

    // ---------------------------------------------------------------- the trigger

    /**
     * Whether a second instance applies to the case now.
     *
     * @throws SecondInstanceRefusedException naming the reason when it does not
     */
    Assessment assess(PetitionCase first) {
        Instant now = now();
        if (!COMPLAINT.equals(first.caseType())) {
            throw new SecondInstanceRefusedException(SecondInstanceRefusal.NOT_A_COMPLAINT,
                    "Hồ sơ " + first.caseId() + " không phải đơn khiếu nại: chỉ khiếu nại mới có giải quyết lần hai",
                    "case " + first.caseId() + " is not a complaint; only complaints have a second instance");
        }
        if (find(first.caseId()).isPresent()) {
            throw new SecondInstanceRefusedException(SecondInstanceRefusal.ALREADY_REQUESTED,
                    "Hồ sơ " + first.caseId() + " đã có yêu cầu giải quyết khiếu nại lần hai",
                    "case " + first.caseId() + " already has its second instance");
        }
        if (ofSecond(first.caseId()).isPresent()) {
            throw new SecondInstanceRefusedException(SecondInstanceRefusal.ALREADY_REQUESTED,
                    "Hồ sơ " + first.caseId() + " là hồ sơ giải quyết lần hai: quyết định lần hai có hiệu lực pháp luật, "
                            + "người khiếu nại có thể khởi kiện tại Tòa án",
                    "case " + first.caseId() + " is itself a second instance; its decision can only be taken to court");
        }
        Assessment assessment = first.outcome() != null && DECISIONS.contains(first.outcome())
                && (first.status() == CaseStatus.RESOLVED || first.status() == CaseStatus.CLOSED)
                        ? decided(first)
                        : undecided(first, now);
        if (now.isAfter(assessment.windowEndsAt())) {
            throw new SecondInstanceRefusedException(SecondInstanceRefusal.WINDOW_PASSED,
                    "Đã quá thời hạn khiếu nại lần hai (hết ngày " + StepSupport.shown(assessment.windowEndsAt())
                            + "; Luật Khiếu nại 2011, Điều 33)",
                    "past the legal window for a second instance, which ended " + assessment.windowEndsAt()
                            + " (Complaints Law 2011, art. 33)");
        }
        return assessment;
    }

    /** A decision was given: the window counts from when the complainant received it. */
    private Assessment decided(PetitionCase first) {
        Instant resolvedAt = jdbc.sql("SELECT max(at) FROM case_timeline WHERE case_id = ? AND action = 'resolved'")
                .param(first.caseId()).query(Timestamp.class).optional().map(Timestamp::toInstant)
                .orElse(first.closedAt());
        // the commune told the citizen and closed the case: that is when they received the decision
        Instant received = first.closedAt() != null ? first.closedAt() : resolvedAt;
        if (received == null) {
            received = now();
        }
        String resolver = jdbc.sql("""
                SELECT unit_code FROM case_timeline WHERE case_id = ? AND action = 'accepted' ORDER BY sequence DESC LIMIT 1""")
                .param(first.caseId()).query(String.class).optional().orElse(first.originUnitCode());
        return new Assessment(Trigger.DISAGREEMENT, received, windowEnd(first, received), resolver);
    }

    /** No decision: applies only once the first instance's resolution period has passed. */
    private Assessment undecided(PetitionCase first, Instant now) {
        if (!first.status().isOpen() || first.status() == CaseStatus.REFUSED || first.status() == CaseStatus.RESOLVED) {
            throw new SecondInstanceRefusedException(SecondInstanceRefusal.NO_FIRST_DECISION,
                    "Hồ sơ " + first.caseId() + " kết thúc mà không có quyết định giải quyết lần đầu ("
                            + first.status().label() + "): không có quyết định để khiếu nại lần hai",
                    "case " + first.caseId() + " ended without a first-instance decision (" + first.status() + ")");
        }
        record Late(String unitCode, Instant dueAt) {
        }
        Optional<Late> late = jdbc.sql("""
                SELECT unit_code, due_at FROM deadline WHERE subject_id = ? AND stage = ? AND state = 'OPEN'
                ORDER BY due_at DESC LIMIT 1""").params(first.caseId(), CaseDeadlines.RESOLVE)
                .query((rs, n) -> new Late(rs.getString("unit_code"), rs.getTimestamp("due_at").toInstant())).optional();
        if (late.isEmpty() || !now.isAfter(late.get().dueAt())) {
            throw new SecondInstanceRefusedException(SecondInstanceRefusal.FIRST_INSTANCE_RUNNING,
                    "Khiếu nại lần đầu đang được giải quyết và chưa quá hạn" + late.map(l -> " (hạn "
                            + StepSupport.shown(l.dueAt()) + ")").orElse("") + ": chờ quyết định giải quyết lần đầu",
                    "the first instance is still running and not late"
                            + late.map(l -> " (due " + l.dueAt() + ")").orElse(""));
        }
        return new Assessment(Trigger.NO_DECISION, late.get().dueAt(), windowEnd(first, late.get().dueAt()),
                late.get().unitCode());
    }

    /** 30 days, 45 in remote areas (art. 33): the rule table's SECOND_INSTANCE_WINDOW rows. */
    private Instant windowEnd(PetitionCase first, Instant anchor) {
        return watches.preview(new DeadlineSubject(CaseDeadlines.KIND, first.caseId(), SecondInstanceProcess.STAGE_WINDOW,
                first.currentUnitCode(), COMPLAINT, first.complexity(), Boolean.TRUE.equals(first.remoteArea()),
                first.subject()), anchor).dueAt();
    }

    /**
     * The body that resolves the second instance: the unit directly above the first-instance resolver,
     * if it is one that handles petitions (a government body); a Party body above a district office
     * does not decide administrative complaints, and the province is outside danvan: empty then.
     */
    Optional<Unit> secondInstanceBody(String firstResolverUnit) {
        return units.findAny(firstResolverUnit).map(Unit::parentCode).flatMap(units::find)
                .filter(unit -> unit.kind().handlesPetitions());
    }

    /** Until when the complainant may still ask for a second instance of this case; empty if they may not now. */
    @Transactional(readOnly = true)
    public Optional<Instant> openWindow(PetitionCase c) {
        if (!COMPLAINT.equals(c.caseType())) {
            return Optional.empty();
        }
        try {
            return Optional.of(assess(c).windowEndsAt());
        } catch (SecondInstanceRefusedException e) {
            return Optional.empty();
        }
    }

    // ---------------------------------------------------------------- the request

    /**
     * Records a request for a second instance and, when its body is in danvan, starts its process.
     * For REST and the portal; Tasklist's start form comes through {@link #register} from its first step.
     */
    @Transactional
    public Request request(String firstCaseId, String reason, String actor, Door door) {
        Request request = register(firstCaseId, reason, actor, door);
        if (request.inSystem()) {
            PetitionCase second = cases.get(request.secondCaseId());
            runtimeService.createProcessInstanceByKey(SecondInstanceProcess.KEY).businessKey(second.caseId())
                    .setVariables(variables(second, request)).execute();
        }
        return request;
    }

    /** Records the request: the second case and its link, or the referral; the first case's timeline says so. */
    @Transactional(propagation = Propagation.MANDATORY)
    Request register(String firstCaseId, String reason, String actor, Door door) {
        if (firstCaseId == null || firstCaseId.isBlank()) {
            throw new InvalidInputException(SecondInstanceProcess.FIRST_CASE_ID, "cần mã hồ sơ giải quyết lần đầu");
        }
        if (reason == null || reason.isBlank()) {
            throw new InvalidInputException("reason", "cần nêu lý do khiếu nại lần hai");
        }
        if (reason.length() > MAX_REASON) {
            throw new InvalidInputException("reason", "dài quá " + MAX_REASON + " ký tự");
        }
        // locks the first case: two doors asking at once make one second instance
        jdbc.sql("SELECT case_id FROM petition_case WHERE case_id = ? FOR UPDATE").param(firstCaseId.strip())
                .query(String.class).optional().orElseThrow(() -> new CaseNotFoundException(firstCaseId));
        PetitionCase first = cases.get(firstCaseId.strip());
        Assessment assessment = assess(first);
        Instant now = now();
        Optional<Unit> body = secondInstanceBody(assessment.firstResolverUnit());
        String text = reason.strip();
        String secondCaseId = null;
        String trackingCode = null;
        String referredTo = null;
        if (body.isPresent()) {
            Unit unit = body.get();
            secondCaseId = numbers.nextCaseId(unit.code(), now);
            trackingCode = numbers.newTrackingCode();
            String subject = shorten("Khiếu nại lần hai: " + first.subject(), 300);
            cases.insert(new PetitionCases.NewCase(secondCaseId, trackingCode, unit.code(), unit.levelCode(),
                    door == Door.PORTAL ? "ONLINE" : "WALK_IN", COMPLAINT, subject, text, first.petitionerName(),
                    first.petitionerPhone(), first.petitionerAddress(), first.petitionerEmail(), first.contactConsent(),
                    first.legalBasis() == null ? LegalBasis.LEGAL_DUTY : LegalBasis.valueOf(first.legalBasis()), null,
                    null, now, null));
            cases.change(secondCaseId, EventType.CASE_RECEIVED, actor, CaseChange.to(CaseStatus.RECEIVED)
                    .set(CaseColumns.ORIGIN_UNIT_CODE, first.originUnitCode())
                    .set(CaseColumns.SUBJECT_AREA, first.subjectArea())
                    .set(CaseColumns.COMPLEXITY, first.complexity()).set(CaseColumns.REMOTE_AREA, first.remoteArea())
                    .firstInstance(first.caseId())
                    .note("Khiếu nại lần hai đối với hồ sơ " + first.caseId() + " (" + triggerLabel(assessment.trigger())
                            + ")"));
        } else {
            String resolverName = units.findAny(assessment.firstResolverUnit()).map(Unit::name)
                    .orElse(assessment.firstResolverUnit());
            referredTo = "Người có thẩm quyền giải quyết khiếu nại lần hai: thủ trưởng cơ quan cấp trên trực tiếp của "
                    + resolverName + " (ngoài hệ thống danvan)";
        }
        jdbc.sql("""
                INSERT INTO second_instance (first_case_id, second_case_id, trigger, door, reason, requested_at,
                    requested_by, first_resolver_unit, resolver_unit, referred_to, window_anchor_at, window_ends_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(first.caseId(), secondCaseId, assessment.trigger().name(), door.name(), text, Timestamp.from(now),
                        actor, assessment.firstResolverUnit(), body.map(Unit::code).orElse(null), referredTo,
                        Timestamp.from(assessment.windowAnchor()), Timestamp.from(assessment.windowEndsAt()))
                .update();
        CaseChange change = CaseChange.keep().secondInstance(secondCaseId)
                .note(secondCaseId != null ? "Yêu cầu giải quyết khiếu nại lần hai (" + triggerLabel(assessment.trigger())
                        + "): hồ sơ " + secondCaseId + " tại " + body.get().name() + ". Lý do: " + text
                        : "Yêu cầu giải quyết khiếu nại lần hai (" + triggerLabel(assessment.trigger()) + "). "
                                + referredTo + ". Lý do: " + text);
        if (assessment.trigger() == Trigger.DISAGREEMENT && first.disputedAt() == null) {
            change.set(CaseColumns.DISPUTED_AT, now);
        }
        cases.change(first.caseId(), EventType.CASE_SECOND_INSTANCE_REQUESTED, actor, change);
        return new Request(first.caseId(), secondCaseId, trackingCode, assessment.trigger().name(),
                assessment.firstResolverUnit(), body.map(Unit::code).orElse(null), referredTo, assessment.windowEndsAt());
    }

    /** The variables of a second-instance process, as the register step leaves them. */
    Map<String, Object> variables(PetitionCase second, Request request) {
        Map<String, Object> variables = new HashMap<>();
        variables.put(CaseVariables.CASE_ID, second.caseId());
        variables.put(CaseVariables.TRACKING_CODE, second.trackingCode());
        variables.put(CaseVariables.SUBJECT, second.subject());
        variables.put(CaseVariables.CONTENT, second.content());
        variables.put(CaseVariables.UNIT_CODE, second.currentUnitCode());
        variables.put(CaseVariables.ORIGIN_UNIT_CODE, second.originUnitCode());
        variables.put(CaseVariables.CASE_TYPE, COMPLAINT);
        variables.put(SecondInstanceProcess.FIRST_CASE_ID, request.firstCaseId());
        variables.put(SecondInstanceProcess.IN_SYSTEM, true);
        return variables;
    }

    // ---------------------------------------------------------------- the steps

    /** Thụ lý (art. 36): the resolution period counts from now; complexity decides its length (art. 37). */
    @Transactional(propagation = Propagation.MANDATORY)
    void accept(String secondCaseId, boolean complex, String actor) {
        cases.change(secondCaseId, EventType.CASE_ACCEPTED, actor, CaseChange.to(CaseStatus.ACCEPTED)
                .set(CaseColumns.ACCEPTED_AT, RecordLedger.now())
                .set(CaseColumns.COMPLEXITY, complex ? "COMPLEX" : "NORMAL").firstInstance(firstOf(secondCaseId))
                .note("Thụ lý giải quyết khiếu nại lần hai" + (complex ? " (vụ việc phức tạp)" : "")));
    }

    /** Not accepted (art. 11 grounds): the refusal notice goes out, the case closes, the first case is told. */
    @Transactional(propagation = Propagation.MANDATORY)
    void refuse(String secondCaseId, String reason, String actor) {
        String first = firstOf(secondCaseId);
        cases.change(secondCaseId, EventType.CASE_REFUSED, actor, CaseChange.to(CaseStatus.REFUSED)
                .outcome(Outcome.REFUSED.name()).set(CaseColumns.REFUSAL_REASON, reason).firstInstance(first).note(reason));
        cases.change(secondCaseId, EventType.CASE_CLOSED, actor, CaseChange.to(CaseStatus.CLOSED)
                .set(CaseColumns.CLOSED_AT, RecordLedger.now()).firstInstance(first)
                .note("Không thụ lý khiếu nại lần hai, đã thông báo lý do cho người khiếu nại"));
        cases.change(first, EventType.CASE_SECOND_INSTANCE_CONCLUDED, actor, CaseChange.keep()
                .secondInstance(secondCaseId).note("Hồ sơ " + secondCaseId + " không được thụ lý giải quyết lần hai: "
                        + reason));
    }

    /** The mandatory dialogue with the complainant (art. 39), as the minutes record it. */
    @Transactional(propagation = Propagation.MANDATORY)
    void dialogueHeld(String secondCaseId, LocalDate date, String participants, String content, String agreement,
            String actor) {
        String first = firstOf(secondCaseId);
        jdbc.sql("""
                UPDATE second_instance SET dialogue_date = ?, dialogue_participants = ?, dialogue_content = ?,
                    dialogue_agreement = ?, dialogue_recorded_by = ? WHERE second_case_id = ?""")
                .params(date, participants, content, agreement, actor, secondCaseId).update();
        cases.change(secondCaseId, EventType.CASE_DIALOGUE_HELD, actor, CaseChange.keep().firstInstance(first)
                .note("Đối thoại ngày " + date.format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy"))
                        + ". Thành phần: " + participants + ". Kết quả: " + agreement));
    }

    /**
     * The decision (Quyết định giải quyết khiếu nại lần hai, art. 40): the case is resolved, which
     * issues the numbered decision from the unit's register (documents module), and closed; the first
     * case's timeline records the outcome.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    void decide(String secondCaseId, String outcome, String conclusion, String actor) {
        Link link = ofSecond(secondCaseId).orElseThrow();
        if (link.dialogueDate() == null) {
            throw new IllegalStateException("Case " + secondCaseId + " has no dialogue recorded (art. 39)");
        }
        String first = link.firstCaseId();
        cases.change(secondCaseId, EventType.CASE_RESOLVED, actor, CaseChange.to(CaseStatus.RESOLVED).outcome(outcome)
                .set(CaseColumns.CONCLUSION, conclusion).firstInstance(first)
                .note("Giải quyết khiếu nại lần hai đối với hồ sơ " + first + ": " + Outcome.labelOf(outcome)
                        + ". Đã đối thoại ngày " + link.dialogueDate().format(
                                java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy")) + "."));
        cases.change(secondCaseId, EventType.CASE_CLOSED, actor, CaseChange.to(CaseStatus.CLOSED)
                .set(CaseColumns.CLOSED_AT, RecordLedger.now()).firstInstance(first)
                .note("Đã gửi quyết định giải quyết khiếu nại lần hai cho người khiếu nại và các bên liên quan"));
        cases.change(first, EventType.CASE_SECOND_INSTANCE_CONCLUDED, actor, CaseChange.keep()
                .secondInstance(secondCaseId).note("Đã có quyết định giải quyết khiếu nại lần hai (hồ sơ "
                        + secondCaseId + "): " + Outcome.labelOf(outcome)));
    }

    // ---------------------------------------------------------------- the link

    /** The request made on a first-instance case, if any. */
    public Optional<Link> find(String firstCaseId) {
        return jdbc.sql(SELECT + " WHERE first_case_id = ?").param(firstCaseId).query(SecondInstances::link).optional();
    }

    /** The link of a second-instance case to its first, if the case is one. */
    public Optional<Link> ofSecond(String secondCaseId) {
        return jdbc.sql(SELECT + " WHERE second_case_id = ?").param(secondCaseId).query(SecondInstances::link)
                .optional();
    }

    private String firstOf(String secondCaseId) {
        return ofSecond(secondCaseId).map(Link::firstCaseId)
                .orElseThrow(() -> new IllegalStateException(secondCaseId + " is not a second-instance case"));
    }

    private static final String SELECT = """
            SELECT first_case_id, second_case_id, trigger, door, requested_at, resolver_unit, referred_to, window_ends_at,
                   dialogue_date, dialogue_participants, dialogue_content, dialogue_agreement FROM second_instance""";

    private static Link link(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        java.sql.Date date = rs.getDate("dialogue_date");
        return new Link(rs.getString("first_case_id"), rs.getString("second_case_id"), rs.getString("trigger"),
                rs.getString("door"), rs.getTimestamp("requested_at").toInstant(), rs.getString("resolver_unit"),
                rs.getString("referred_to"), rs.getTimestamp("window_ends_at").toInstant(),
                date == null ? null : date.toLocalDate(), rs.getString("dialogue_participants"),
                rs.getString("dialogue_content"), rs.getString("dialogue_agreement"));
    }

    static String triggerLabel(Trigger trigger) {
        return trigger == Trigger.DISAGREEMENT ? "không đồng ý với quyết định giải quyết lần đầu"
                : "quá thời hạn mà khiếu nại lần đầu chưa được giải quyết";
    }

    private static String shorten(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }

    private static Instant now() {
        return ClockUtil.getCurrentTime().toInstant();
    }
}
