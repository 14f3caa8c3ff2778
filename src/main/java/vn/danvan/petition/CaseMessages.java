package vn.danvan.petition;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.danvan.messaging.contract.EventType;
import vn.danvan.platform.engine.StepSupport;

/**
 * A port for the module that tells citizens about their case: each message sent is a step on the
 * case's timeline with its {@code notified} event (so the timeline and the event sequence stay whole).
 */
@Service
public class CaseMessages {

    private final PetitionCases cases;

    CaseMessages(PetitionCases cases) {
        this.cases = cases;
    }

    @Transactional
    public void sent(String caseId, String note) {
        cases.change(caseId, EventType.CASE_NOTIFIED, StepSupport.SYSTEM, CaseChange.keep().note(note));
    }
}
