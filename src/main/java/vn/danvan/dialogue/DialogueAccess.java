package vn.danvan.dialogue;

import org.springframework.stereotype.Component;
import vn.danvan.organization.Caller;

/**
 * Who may see and work on a conference: whoever sees its unit ({@link Caller#sees}), and the units
 * that own one of its commitments or answer one of its questions in writing; the holding unit and administrators record its questions and
 * commitments.
 */
@Component
public class DialogueAccess {

    private final Commitments commitments;
    private final Questions questions;

    DialogueAccess(Commitments commitments, Questions questions) {
        this.commitments = commitments;
        this.questions = questions;
    }

    boolean canWork(Caller caller, Conference c) {
        return caller.isIn(c.unitCode()) || caller.administers();
    }

    public boolean canView(Caller caller, Conference c) {
        if (caller.sees(c.unitCode()) || canWork(caller, c)) {
            return true;
        }
        return commitments.of(c.conferenceId()).stream().anyMatch(x -> caller.isIn(x.ownerUnitCode()))
                || questions.writtenAnswerUnits(c.conferenceId()).stream().anyMatch(caller::isIn);
    }
}
