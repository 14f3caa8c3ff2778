package vn.danvan.petition;

import java.security.SecureRandom;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import vn.danvan.platform.engine.StepSupport;

/**
 * Case ids as offices write them (unit, year, number: {@code HIEPAN-2026-00042}) and tracking codes
 * that citizens use to look a case up, which nobody can guess (60 random bits).
 */
@Component
class CaseNumbers {

    static final ZoneId VIETNAM = StepSupport.VIETNAM;
    // Crockford's base 32: no I, L, O, U, so a code read over the phone is not misheard
    private static final char[] ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ".toCharArray();

    private final JdbcClient jdbc;
    private final SecureRandom random = new SecureRandom();

    CaseNumbers(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Takes the next number of the unit's register for the year of receipt (Vietnam's calendar year),
     * in the intake's own transaction: a sequence per unit and year (V71), which locks nothing, so
     * intakes of one commune do not wait for each other. A rolled-back intake leaves a gap, as a voided
     * register line would.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public String nextCaseId(String unitCode, Instant receivedAt) {
        int year = receivedAt.atZone(VIETNAM).getYear();
        long number = jdbc.sql("SELECT case_number_next(?, ?)").params(unitCode, year).query(Long.class).single();
        return String.format(Locale.ROOT, "%s-%d-%05d", unitCode.toUpperCase(Locale.ROOT), year, number);
    }

    String newTrackingCode() {
        StringBuilder code = new StringBuilder(14);
        for (int i = 0; i < 12; i++) {
            if (i > 0 && i % 4 == 0) {
                code.append('-');
            }
            code.append(ALPHABET[random.nextInt(ALPHABET.length)]);
        }
        return code.toString();
    }
}
