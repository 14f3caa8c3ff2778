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
 * @param denouncedPerson optional, for a denunciation: whom it is about (pre-fills the classification)
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
        Boolean consent,
        DenouncedPerson denouncedPerson) {

    public PetitionSubmission(String unitCode, Channel channel, CaseType type, String subject, String content,
            OffsetDateTime receivedAt, Petitioner petitioner, String externalReference) {
        this(unitCode, channel, type, subject, content, receivedAt, petitioner, externalReference, null);
    }

    public PetitionSubmission(String unitCode, Channel channel, CaseType type, String subject, String content,
            OffsetDateTime receivedAt, Petitioner petitioner, String externalReference, Boolean consent) {
        this(unitCode, channel, type, subject, content, receivedAt, petitioner, externalReference, consent, null);
    }

    public boolean consented() {
        return Boolean.TRUE.equals(consent);
    }

    public enum Channel { WALK_IN, MAIL, HOTLINE, ONLINE, FORWARDED }

    public enum CaseType { COMPLAINT, DENUNCIATION, RECOMMENDATION, FEEDBACK }

    /**
     * Whom a denunciation is about: the input by which the routing table (bpmn/petition-routing.dmn)
     * decides who resolves it (Denunciation Law 2018, arts. 12-15). The table, not this type, says
     * where each goes; the commune's classification form asks the same question.
     */
    public enum DenouncedPerson {
        /** an official or other person the commune people's committee manages directly */
        COMMUNE_OFFICIAL,
        /** the chair or a vice-chair of the commune people's committee */
        COMMUNE_LEADER,
        /** an official, agency or unit appointed or managed by the district */
        DISTRICT_MANAGED,
        /** a Party member (the Party's rules apply; the inspection commission examines it) */
        PARTY_MEMBER,
        /** an agency or organisation */
        ORGANISATION
    }
}
