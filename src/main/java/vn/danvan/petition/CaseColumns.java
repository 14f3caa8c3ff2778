package vn.danvan.petition;

import java.time.Instant;
import vn.danvan.messaging.contract.Lateness;
import vn.danvan.messaging.record.Column;
import vn.danvan.organization.Level;

/** The columns of {@code petition_case} that a {@link CaseChange} sets, with the types of their values. */
final class CaseColumns {

    static final Column<CaseStatus> STATUS = Column.enumerated("status", CaseStatus.class);
    static final Column<Level> CURRENT_LEVEL = Column.enumerated("current_level", Level.class);
    static final Column<String> CURRENT_UNIT_CODE = Column.text("current_unit_code");
    static final Column<String> ORIGIN_UNIT_CODE = Column.text("origin_unit_code");
    static final Column<Instant> DUE_AT = Column.instant("due_at");
    static final Column<Lateness> LATE_STATE = Column.enumerated("late_state", Lateness.class);
    static final Column<String> CASE_TYPE = Column.text("case_type");
    static final Column<String> SUBJECT_AREA = Column.text("subject_area");
    static final Column<String> COMPLEXITY = Column.text("complexity");
    static final Column<Boolean> REMOTE_AREA = Column.flag("remote_area");
    static final Column<Boolean> CONCERNS_PARTY_MEMBER = Column.flag("concerns_party_member");
    static final Column<Boolean> DISTRICT_DECISION = Column.flag("district_decision");
    static final Column<String> DENOUNCED_PERSON = Column.text("denounced_person");
    static final Column<String> HANDLER = Column.text("handler");
    static final Column<Instant> ACCEPTED_AT = Column.instant("accepted_at");
    static final Column<String> FORWARD_REASON = Column.text("forward_reason");
    static final Column<String> REFUSAL_REASON = Column.text("refusal_reason");
    static final Column<String> COMMITTEE_DIRECTION = Column.text("committee_direction");
    static final Column<String> OUTCOME = Column.text("outcome");
    static final Column<String> CONCLUSION = Column.text("conclusion");
    static final Column<String> DECISION_NUMBER = Column.text("decision_number");
    static final Column<String> DUPLICATE_OF = Column.text("duplicate_of");
    static final Column<Instant> CLOSED_AT = Column.instant("closed_at");
    static final Column<Integer> RATING = Column.number("rating");
    static final Column<Instant> DISPUTED_AT = Column.instant("disputed_at");

    private CaseColumns() {
    }
}
