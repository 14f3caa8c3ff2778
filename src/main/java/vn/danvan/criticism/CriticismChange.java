package vn.danvan.criticism;

import vn.danvan.messaging.contract.Lateness;
import vn.danvan.messaging.record.RecordChange;

/**
 * One change of a criticism: the columns it sets ({@link CriticismColumns}), a history note, and
 * what its event says beyond the record (an organisation's opinion).
 */
final class CriticismChange extends RecordChange<CriticismChange> {

    private Opinion opinion;

    private CriticismChange(String action) {
        super(action);
    }

    /** @param action the history's name of the step (for event-bearing changes, the event type's last word) */
    static CriticismChange of(String action) {
        return new CriticismChange(action);
    }

    CriticismChange status(CriticismStatus status) {
        return set(CriticismColumns.STATUS, status);
    }

    /** The change is about an organisation's opinion: its event names it, its unit, due date and lateness. */
    CriticismChange opinion(Opinion about) {
        this.opinion = about;
        return item(about.opinionId()).due(about.dueAt(), Lateness.of(about.lateState()));
    }

    Opinion opinion() {
        return opinion;
    }
}
