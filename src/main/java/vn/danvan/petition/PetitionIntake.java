package vn.danvan.petition;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.danvan.messaging.contract.EventType;
import vn.danvan.messaging.contract.PetitionSubmission;
import vn.danvan.organization.Unit;
import vn.danvan.organization.UnitDirectory;
import vn.danvan.platform.web.InvalidInputException;

/**
 * The three doors through which a petition enters (REST, the {@code danvan.intake} topic and the
 * Tasklist start form) all end here: one case record, its {@code received} event and its commune
 * process, in one transaction.
 */
@Service
public class PetitionIntake {

    private static final Duration CLOCK_SKEW = Duration.ofMinutes(5);
    /**
     * A petition entered late (a letter opened after a holiday) keeps its receipt date, but one received
     * over a year ago is past every legal deadline before it starts: that is a data migration, not an
     * intake, and most often a wrong date (an epoch number, a mistyped year).
     */
    private static final Duration MAX_BACKDATING = Duration.ofDays(366);

    private final UnitDirectory units;
    private final CaseNumbers numbers;
    private final PetitionCases cases;
    private final RuntimeService runtimeService;
    private final CaseDeadlines deadlines;

    PetitionIntake(UnitDirectory units, CaseNumbers numbers, PetitionCases cases, RuntimeService runtimeService,
            CaseDeadlines deadlines) {
        this.units = units;
        this.numbers = numbers;
        this.cases = cases;
        this.runtimeService = runtimeService;
        this.deadlines = deadlines;
    }

    /**
     * Receives a petition and starts its commune process.
     *
     * @param sourceEventId the inbound CloudEvent id when it came from Kafka, else null
     * @throws InvalidInputException naming the field, for input no annotation can check
     */
    @Transactional
    public CaseReceipt submit(PetitionSubmission submission, String sourceEventId, String actor) {
        return submit(submission, sourceEventId, actor, LegalBasis.Door.OFFICE);
    }

    /**
     * Receives a petition through a given door, which decides the legal basis of the petitioner's
     * data ({@link LegalBasis#of}): the portal and Open311 file as {@link LegalBasis.Door#CITIZEN}.
     */
    @Transactional
    public CaseReceipt submit(PetitionSubmission submission, String sourceEventId, String actor, LegalBasis.Door door) {
        PetitionCase created = register(submission, sourceEventId, actor, door);
        Map<String, Object> variables = new HashMap<>();
        variables.put(CaseVariables.CASE_ID, created.caseId());
        variables.put(CaseVariables.TRACKING_CODE, created.trackingCode());
        variables.put(CaseVariables.SUBJECT, created.subject());
        variables.put(CaseVariables.CONTENT, created.content());
        variables.put(CaseVariables.UNIT_CODE, created.originUnitCode());
        variables.put(CaseVariables.ORIGIN_UNIT_CODE, created.originUnitCode());
        variables.put(CaseVariables.CASE_TYPE, created.caseType());
        // shown pre-filled on the classification form; the officer confirms it there
        variables.put(CaseVariables.DENOUNCED_PERSON, created.denouncedPerson());
        runtimeService.createProcessInstanceByKey(PetitionCommuneProcess.KEY)
                .businessKey(created.caseId()).setVariables(variables).execute();
        return new CaseReceipt(created.caseId(), created.trackingCode());
    }

    /** Creates the case record and its {@code received} event, for a process that already runs. */
    @Transactional
    PetitionCase register(PetitionSubmission submission, String sourceEventId, String actor, LegalBasis.Door door) {
        Unit unit = communeOf(submission.unitCode());
        Instant now = ClockUtil.getCurrentTime().toInstant();
        Instant receivedAt = submission.receivedAt() == null ? now : submission.receivedAt().toInstant();
        if (receivedAt.isAfter(now.plus(CLOCK_SKEW))) {
            throw new InvalidInputException("receivedAt", "must not be in the future");
        }
        if (receivedAt.isBefore(now.minus(MAX_BACKDATING))) {
            throw new InvalidInputException("receivedAt", "must be within the last year");
        }
        String caseId = numbers.nextCaseId(unit.code(), receivedAt);
        var petitioner = submission.petitioner();
        cases.insert(new PetitionCases.NewCase(caseId, numbers.newTrackingCode(), unit.code(), unit.levelCode(),
                submission.channel().name(), submission.type() == null ? null : submission.type().name(),
                submission.subject(), submission.content(), petitioner.fullName(), blankToNull(petitioner.phone()),
                blankToNull(petitioner.address()), blankToNull(petitioner.email()),
                submission.consented() && petitioner.hasContact(), LegalBasis.of(door, submission.consented()),
                submission.externalReference(), sourceEventId, receivedAt, denouncedPerson(submission)));
        // the event says when the classification is due, as its task will
        PetitionCase inserted = cases.get(caseId);
        cases.change(caseId, EventType.CASE_RECEIVED, actor, CaseChange.to(CaseStatus.RECEIVED)
                .set(CaseColumns.DUE_AT, deadlines.classificationDue(inserted)).note(submission.channel().name()));
        // what the callers read (ids, subject, unit) is as inserted: no need to read the row again
        return inserted;
    }

    /** Whom a denunciation is about: said only of a denunciation. */
    private static String denouncedPerson(PetitionSubmission submission) {
        if (submission.denouncedPerson() == null) {
            return null;
        }
        if (submission.type() != PetitionSubmission.CaseType.DENUNCIATION) {
            throw new InvalidInputException("denouncedPerson", "only for a denunciation (type DENUNCIATION)");
        }
        return submission.denouncedPerson().name();
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private Unit communeOf(String unitCode) {
        Unit unit = units.find(unitCode)
                .orElseThrow(() -> new InvalidInputException("unitCode", "unknown unit '" + unitCode + "'"));
        if (!unit.kind().receivesPetitions()) {
            throw new InvalidInputException("unitCode",
                    "petitions are received by a commune or town; '" + unitCode + "' is a " + unit.kind().name() + " unit");
        }
        return unit;
    }
}
