package vn.danvan.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.danvan.reporting.PetitionFigures.ProcessingLine;
import vn.danvan.reporting.PetitionFigures.ResolutionLine;

/** Each column of the forms against cases placed before, in and after the fourth quarter of 2026. */
class PetitionTallyTest {

    static final ReportPeriod Q4 = ReportPeriod.parse("2026-Q4");
    static final Instant BEFORE = Instant.parse("2026-08-01T03:00:00Z");
    static final Instant EARLY = Instant.parse("2026-10-01T03:00:00Z");
    static final Instant MID = Instant.parse("2026-11-01T03:00:00Z");
    static final Instant LATER = Instant.parse("2026-12-01T03:00:00Z");
    static final Instant AFTER = Instant.parse("2026-12-20T03:00:00Z");

    final List<CaseFacts> cases = new ArrayList<>();

    @Test
    void processingCountsCarriedOverReceivedAndWhatCameOfThem() {
        // carried over: received before, classified in the quarter
        add(c("a", "FEEDBACK").received(BEFORE).classified(EARLY));
        // before and processed before: not in this quarter's form
        add(c("b", "FEEDBACK").received(BEFORE).classified(BEFORE));
        // received in the quarter: one classified, one sent to another unit, one duplicate, one untouched
        add(c("c", "RECOMMENDATION").received(EARLY).classified(MID));
        add(c("d", "RECOMMENDATION").received(EARLY).classified(MID).returned(LATER));
        add(c("e", "RECOMMENDATION").received(EARLY).classified(MID).duplicate(LATER));
        add(c("f", CaseFacts.UNCLASSIFIED).received(LATER));
        // processed only after the quarter: still unprocessed in its report
        add(c("g", "COMPLAINT").received(MID).classified(AFTER));
        // received after the quarter: not counted
        add(c("h", "COMPLAINT").received(AFTER).classified(AFTER));

        List<ProcessingLine> lines = new PetitionTally(Q4, cases).processing();
        ProcessingLine total = lines.get(lines.size() - 1);
        assertThat(total.key()).isEqualTo(PetitionFigures.TOTAL);
        assertThat(total.carriedOver()).isEqualTo(1);
        assertThat(total.received()).isEqualTo(5);
        assertThat(total.total()).isEqualTo(6);
        assertThat(total.processed()).isEqualTo(4);
        assertThat(total.transferred()).isEqualTo(1);
        assertThat(total.duplicates()).isEqualTo(1);
        assertThat(total.withinAuthority()).isEqualTo(2);
        assertThat(total.unprocessed()).isEqualTo(2);
        ProcessingLine recommendations = lines.stream().filter(l -> l.key().equals("RECOMMENDATION")).findFirst().orElseThrow();
        assertThat(recommendations.received()).isEqualTo(3);
        assertThat(lines.stream().filter(l -> !l.key().equals(PetitionFigures.TOTAL)).mapToLong(ProcessingLine::total).sum())
                .isEqualTo(total.total());
    }

    @Test
    void resolutionCountsAcceptedResolvedOnTimeLateAndPending() {
        // carried over, resolved on time in the quarter, upheld
        add(c("a", "COMPLAINT").received(BEFORE).accepted(BEFORE).resolved(EARLY, "UPHELD"));
        // accepted and resolved in the quarter after going past its deadline: late
        add(c("b", "COMPLAINT").received(EARLY).accepted(EARLY).escalated(MID).resolved(LATER, "REJECTED"));
        // escalated only after its resolution (informing the citizen was late): resolved on time
        add(c("c", "COMPLAINT").received(EARLY).accepted(EARLY).resolved(MID, "PARTLY_UPHELD").escalated(LATER));
        // accepted, open and late at the end of the quarter
        add(c("d", "COMPLAINT").received(EARLY).accepted(MID).escalated(LATER));
        // second instance, open and in time
        add(c("e", "COMPLAINT").received(MID).accepted(MID).secondInstance());
        // resolved before the quarter: not in it
        add(c("f", "COMPLAINT").received(BEFORE).accepted(BEFORE).resolved(BEFORE, "UPHELD"));
        // resolved after the quarter: pending in it
        add(c("g", "COMPLAINT").received(EARLY).accepted(EARLY).resolved(AFTER, "UPHELD"));

        List<ResolutionLine> lines = new PetitionTally(Q4, cases).complaints();
        ResolutionLine total = lines.get(2);
        assertThat(total.carriedOver()).isEqualTo(1);
        assertThat(total.accepted()).isEqualTo(5);
        assertThat(total.total()).isEqualTo(6);
        assertThat(total.resolved()).isEqualTo(3);
        assertThat(total.upheld()).isEqualTo(1);
        assertThat(total.partlyUpheld()).isEqualTo(1);
        assertThat(total.rejected()).isEqualTo(1);
        assertThat(total.otherOutcome()).isZero();
        assertThat(total.onTime()).isEqualTo(2);
        assertThat(total.late()).isEqualTo(1);
        assertThat(total.pending()).isEqualTo(3);
        assertThat(total.pendingLate()).isEqualTo(1);
        assertThat(lines.get(0).total() + lines.get(1).total()).isEqualTo(total.total());
        assertThat(lines.get(1).total()).isEqualTo(1);
    }

    @Test
    void denunciationsAboutPartyMembersAreAPartOfTheTotal() {
        add(c("a", "DENUNCIATION").received(EARLY).accepted(EARLY).resolved(MID, "UPHELD"));
        add(c("b", "DENUNCIATION").received(EARLY).accepted(EARLY).partyMember());
        add(c("c", "COMPLAINT").received(EARLY).accepted(EARLY));

        List<ResolutionLine> lines = new PetitionTally(Q4, cases).denunciations();
        assertThat(lines.get(0).total()).isEqualTo(2);
        assertThat(lines.get(0).resolved()).isEqualTo(1);
        assertThat(lines.get(1).total()).isEqualTo(1);
        assertThat(lines.get(1).pending()).isEqualTo(1);
    }

    private void add(Builder builder) {
        cases.add(builder.build());
    }

    private static Builder c(String id, String type) {
        return new Builder(id, type);
    }

    /** A case as its timeline would describe it. */
    private static final class Builder {
        final String id;
        final String type;
        String outcome;
        boolean second;
        boolean party;
        boolean duplicate;
        Instant received;
        Instant classified;
        Instant accepted;
        Instant resolved;
        Instant returned;
        Instant closed;
        Instant escalated;

        Builder(String id, String type) {
            this.id = id;
            this.type = type;
        }

        Builder received(Instant at) { received = at; return this; }
        Builder classified(Instant at) { classified = at; return this; }
        Builder accepted(Instant at) { accepted = at; return this; }
        Builder returned(Instant at) { returned = at; return this; }
        Builder escalated(Instant at) { escalated = at; return this; }
        Builder secondInstance() { second = true; return this; }
        Builder partyMember() { party = true; return this; }

        Builder resolved(Instant at, String result) {
            resolved = at;
            outcome = result;
            return this;
        }

        Builder duplicate(Instant at) {
            duplicate = true;
            closed = at;
            return this;
        }

        CaseFacts build() {
            return new CaseFacts(id, type, "ONLINE", outcome, second, party, duplicate, false, received, classified,
                    accepted, resolved, returned, closed, escalated);
        }
    }
}
