package vn.danvan.reception;

import jakarta.validation.Validator;
import java.sql.Timestamp;
import java.time.OffsetDateTime;
import java.util.List;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import vn.danvan.messaging.contract.PetitionSubmission;
import vn.danvan.messaging.contract.Petitioner;
import vn.danvan.organization.Unit;
import vn.danvan.organization.UnitDirectory;
import vn.danvan.petition.CaseReceipt;
import vn.danvan.petition.PetitionIntake;
import vn.danvan.petition.PetitionLinks;
import vn.danvan.platform.web.InvalidInputException;
import vn.danvan.privacy.FieldCipher;

/**
 * The register of a reception day (sổ tiếp công dân): each citizen received, what they raised and
 * what came of it. A petition taken there enters through the petition intake like any other (channel
 * {@code WALK_IN}, "Trực tiếp tại nơi tiếp công dân"), at the commune of the reception's unit, and
 * the two records name each other. The citizen's name is stored only as ciphertext.
 */
@Service
class ReceptionRegister {

    static final String NAME_FIELD = "reception_citizen.citizen_name";

    /** One citizen as the officer records them. */
    record Entry(String citizenName, String phone, String address, String content, ReceptionDay.Outcome outcome,
            String answer, String guidedTo, String petitionSubject, String petitionUnitCode) {
    }

    /** A citizen as the day's record shows them; the name only to the receiving unit. */
    record Line(int line, String citizenName, String content, ReceptionDay.Outcome outcome, String answer,
            String guidedTo, String caseId) {
    }

    private final JdbcClient jdbc;
    private final PetitionIntake intake;
    private final PetitionLinks petitions;
    private final UnitDirectory units;
    private final FieldCipher cipher;
    private final ReceptionDays days;
    private final Validator validator;

    ReceptionRegister(JdbcClient jdbc, PetitionIntake intake, PetitionLinks petitions, UnitDirectory units,
            FieldCipher cipher, ReceptionDays days, Validator validator) {
        this.validator = validator;
        this.jdbc = jdbc;
        this.intake = intake;
        this.petitions = petitions;
        this.units = units;
        this.cipher = cipher;
        this.days = days;
    }

    /**
     * Records a citizen on a held day; a petition taken becomes a case first.
     *
     * @return the case id of a petition taken, else null
     * @throws InvalidInputException naming the field
     */
    @Transactional(propagation = Propagation.MANDATORY)
    String record(String dayId, Entry entry, String actor) {
        ReceptionDay day = days.find(dayId).orElseThrow(() -> new DayNotFoundException(dayId));
        if (day.status() != ReceptionDay.Status.HELD) {
            throw new InvalidInputException("receptionDayId", "the day is " + day.status() + ", not HELD");
        }
        require("citizenName", entry.citizenName(), 200);
        require("citizenContent", entry.content(), 20_000);
        if (entry.outcome() == null) {
            throw new InvalidInputException("outcome", "must be ANSWERED, PETITION_TAKEN or GUIDED");
        }
        if (entry.outcome() == ReceptionDay.Outcome.GUIDED) {
            require("guidedTo", entry.guidedTo(), 300);
        }
        int line = jdbc.sql("SELECT coalesce(max(line), 0) + 1 FROM reception_citizen WHERE day_id = ?").param(dayId)
                .query(Integer.class).single();
        String caseId = null;
        if (entry.outcome() == ReceptionDay.Outcome.PETITION_TAKEN) {
            caseId = takePetition(day, line, entry, actor);
        }
        jdbc.sql("""
                INSERT INTO reception_citizen (day_id, line, citizen_name, content, outcome, answer, guided_to, case_id,
                    recorded_by, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(dayId, line, cipher.seal(NAME_FIELD, entry.citizenName().strip()), entry.content().strip(),
                        entry.outcome().name(), entry.answer(), entry.guidedTo(), caseId, actor,
                        new Timestamp(ClockUtil.getCurrentTime().getTime()))
                .update();
        days.citizenRecorded(dayId, entry.outcome(), caseId, actor);
        return caseId;
    }

    private String takePetition(ReceptionDay day, int line, Entry entry, String actor) {
        require("petitionSubject", entry.petitionSubject(), 300);
        String commune = petitionUnit(day, entry.petitionUnitCode());
        PetitionSubmission submission = new PetitionSubmission(commune, PetitionSubmission.Channel.WALK_IN, null,
                entry.petitionSubject().strip(), entry.content().strip(),
                OffsetDateTime.ofInstant(ClockUtil.getCurrentTime().toInstant(), vn.danvan.calendar.WorkingCalendar.VIETNAM),
                new Petitioner(entry.citizenName().strip(), blankToNull(entry.phone()), blankToNull(entry.address())),
                null);
        validator.validate(submission).stream().min(java.util.Comparator.comparing(v -> v.getPropertyPath().toString()))
                .ifPresent(v -> {
                    throw new InvalidInputException(v.getPropertyPath().toString(), v.getMessage());
                });
        // the day and line name the case's source (unique in the intake: one case per line of the register)
        CaseReceipt receipt = intake.submit(submission, "reception:" + day.dayId() + ":" + line, actor);
        petitions.takenAtReception(receipt.caseId(), day.dayId(), day.leaderTitle() + ", ngày "
                + CitizenReceptionProcess.shown(day.receptionDate()) + ", " + day.place(), actor);
        return receipt.caseId();
    }

    /** The commune that receives the petition: the reception's own, or the one named for a reception above the communes. */
    private String petitionUnit(ReceptionDay day, String named) {
        Unit unit = units.find(day.unitCode()).orElseThrow();
        if (named != null && !named.isBlank()) {
            return named.strip();
        }
        if (unit.kind().receivesPetitions()) {
            return unit.code();
        }
        if (unit.communeCode() != null) {
            return unit.communeCode();
        }
        throw new InvalidInputException("petitionUnitCode", "name the commune that receives the petition (a reception of "
                + unit.code() + " is above the communes)");
    }

    List<Line> lines(String dayId, boolean withNames) {
        return jdbc.sql("""
                SELECT line, citizen_name, content, outcome, answer, guided_to, case_id FROM reception_citizen
                WHERE day_id = ? ORDER BY line""").param(dayId)
                .query((rs, n) -> new Line(rs.getInt("line"),
                        withNames ? cipher.open(NAME_FIELD, rs.getString("citizen_name")) : null, rs.getString("content"),
                        ReceptionDay.Outcome.valueOf(rs.getString("outcome")), rs.getString("answer"),
                        rs.getString("guided_to"), rs.getString("case_id")))
                .list();
    }

    /** The reception day a case was taken at, if it was. */
    java.util.Optional<String> dayOfCase(String caseId) {
        return jdbc.sql("SELECT day_id FROM reception_citizen WHERE case_id = ?").param(caseId).query(String.class).optional();
    }

    private static void require(String field, String value, int max) {
        if (value == null || value.isBlank()) {
            throw new InvalidInputException(field, "must not be blank");
        }
        if (value.strip().length() > max) {
            throw new InvalidInputException(field, "must be at most " + max + " characters");
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
