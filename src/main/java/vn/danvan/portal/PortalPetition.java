package vn.danvan.portal;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import vn.danvan.messaging.contract.PetitionSubmission;
import vn.danvan.messaging.contract.Petitioner;

/**
 * The {@code petition} part of {@code POST /api/public/petitions}: the shape of {@code POST
 * /api/petitions} without {@code channel} (it is ONLINE), with the citizen's e-mail and consent.
 *
 * @param consent true when the citizen agrees that their contact details are processed to tell
 *                them about the case; required when any contact detail is given
 * @param website a field people never see (a honeypot): a form that fills it was not filled by a person
 */
record PortalPetition(
        @NotBlank @Size(max = 40) String unitCode,
        PetitionSubmission.CaseType type,
        @NotBlank @Size(max = 300) String subject,
        @NotBlank @Size(max = 20_000) String content,
        @NotNull @Valid Petitioner petitioner,
        Boolean consent,
        String website) {

    PetitionSubmission submission() {
        return new PetitionSubmission(unitCode, PetitionSubmission.Channel.ONLINE, type, subject, content, null,
                petitioner, null, consent);
    }
}
