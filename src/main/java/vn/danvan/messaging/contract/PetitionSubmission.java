package vn.danvan.messaging.contract;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;

/**
 * A petition as it enters danvan: the body of {@code POST /api/petitions} and the data of
 * {@code vn.danvan.petition.submitted} on {@code danvan.intake}.
 *
 * @param type optional: an officer classifies the petition when the channel does not know it
 * @param receivedAt optional: now when absent
 * @param consent optional: true when the channel collected the citizen's consent to be told about
 *                the case at the contact details given (the portal requires it with any contact)
 */
public record PetitionSubmission(
        @NotBlank @Size(max = 40) String unitCode,
        @NotNull Channel channel,
        CaseType type,
        @NotBlank @Size(max = 300) String subject,
        @NotBlank @Size(max = 20_000) String content,
        OffsetDateTime receivedAt,
        @NotNull @Valid Petitioner petitioner,
        @Size(max = 100) @Pattern(regexp = "^[A-Za-z0-9._:-]*$", message = "must be letters, digits, . _ : -") String externalReference,
        Boolean consent) {

    public PetitionSubmission(String unitCode, Channel channel, CaseType type, String subject, String content,
            OffsetDateTime receivedAt, Petitioner petitioner, String externalReference) {
        this(unitCode, channel, type, subject, content, receivedAt, petitioner, externalReference, null);
    }

    public boolean consented() {
        return Boolean.TRUE.equals(consent);
    }

    public enum Channel { WALK_IN, MAIL, HOTLINE, ONLINE, FORWARDED }

    public enum CaseType { COMPLAINT, DENUNCIATION, RECOMMENDATION, FEEDBACK }
}
