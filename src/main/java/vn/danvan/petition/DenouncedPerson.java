package vn.danvan.petition;

import vn.danvan.messaging.contract.PetitionSubmission;
import vn.danvan.platform.engine.StepRejectedException;

/** Reads whom a denunciation is about ({@link PetitionSubmission.DenouncedPerson}) from a form. */
final class DenouncedPerson {

    private DenouncedPerson() {
    }

    static String parse(String value) {
        if (value == null) {
            return null;
        }
        try {
            return PetitionSubmission.DenouncedPerson.valueOf(value).name();
        } catch (IllegalArgumentException e) {
            throw new StepRejectedException("Người bị tố cáo không hợp lệ (" + CaseVariables.DENOUNCED_PERSON + "): " + value);
        }
    }
}
