package vn.danvan.dialogue;

import org.springframework.stereotype.Component;
import vn.danvan.organization.Caller;

/**
 * Who may see and work on a conference: whoever sees its unit ({@link Caller#sees}), and the units
 * that own one of its commitments; the holding unit and administrators record its questions and
 * commitments.
 */
@Component
class DialogueAccess {

    private final Commitments commitments;

    DialogueAccess(Commitments commitments) {
        this.commitments = commitments;
    }

    boolean canWork(Caller caller, Conference c) {
        return caller.isIn(c.unitCode()) || caller.administers();
    }

    boolean canView(Caller caller, Conference c) {
        if (caller.sees(c.unitCode()) || canWork(caller, c)) {
            return true;
        }
        return commitments.of(c.conferenceId()).stream().anyMatch(x -> caller.isIn(x.ownerUnitCode()));
    }
}
