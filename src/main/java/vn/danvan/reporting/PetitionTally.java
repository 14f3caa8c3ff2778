package vn.danvan.reporting;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import vn.danvan.reporting.PetitionFigures.ProcessingLine;
import vn.danvan.reporting.PetitionFigures.ResolutionLine;

/**
 * Counts cases into the lines of the report, against a period: what was carried over from before it,
 * what came in during it, what was done by its end. Pure arithmetic over {@link CaseFacts}: the unit
 * test checks each column without a database.
 */
final class PetitionTally {

    /** The types of petition, in the order of the form, with their Vietnamese names. */
    static final Map<String, String> TYPES = new LinkedHashMap<>();

    static {
        TYPES.put("COMPLAINT", "Khiếu nại");
        TYPES.put("DENUNCIATION", "Tố cáo");
        TYPES.put("RECOMMENDATION", "Kiến nghị");
        TYPES.put("FEEDBACK", "Phản ánh");
        TYPES.put(CaseFacts.UNCLASSIFIED, "Chưa phân loại");
    }

    private final ReportPeriod period;
    private final List<CaseFacts> cases;

    PetitionTally(ReportPeriod period, List<CaseFacts> cases) {
        this.period = period;
        this.cases = cases;
    }

    List<ProcessingLine> processing() {
        List<ProcessingLine> lines = new ArrayList<>();
        TYPES.forEach((type, label) -> lines.add(processing(type, label, c -> type.equals(c.type()))));
        lines.add(processing(PetitionFigures.TOTAL, "Tổng cộng", c -> true));
        return lines;
    }

    /** Complaints, first and second instance, then their total. */
    List<ResolutionLine> complaints() {
        Predicate<CaseFacts> complaint = c -> "COMPLAINT".equals(c.type());
        return List.of(resolution("FIRST_INSTANCE", "Khiếu nại lần đầu", complaint.and(c -> !c.secondInstance())),
                resolution("SECOND_INSTANCE", "Khiếu nại lần hai", complaint.and(CaseFacts::secondInstance)),
                resolution(PetitionFigures.TOTAL, "Tổng cộng", complaint));
    }

    /** Denunciations, then those about Party members among them. */
    List<ResolutionLine> denunciations() {
        Predicate<CaseFacts> denunciation = c -> "DENUNCIATION".equals(c.type());
        return List.of(resolution(PetitionFigures.TOTAL, "Tố cáo", denunciation),
                resolution("PARTY_MEMBER", "Trong đó: tố cáo đảng viên", denunciation.and(CaseFacts::partyMember)));
    }

    private ProcessingLine processing(String key, String label, Predicate<CaseFacts> which) {
        long carried = 0;
        long received = 0;
        long processed = 0;
        long transferred = 0;
        long duplicates = 0;
        for (CaseFacts c : cases) {
            if (!which.test(c)) {
                continue;
            }
            boolean carriedOver = period.carriesOver(c.receivedAt(), c.processedAt());
            boolean receivedNow = period.contains(c.receivedAt());
            if (!carriedOver && !receivedNow) {
                continue;
            }
            carried += carriedOver ? 1 : 0;
            received += receivedNow ? 1 : 0;
            if (period.byEnd(c.processedAt())) {
                processed++;
                if (c.duplicate() && period.byEnd(c.closedAt())) {
                    duplicates++;
                } else if (period.byEnd(c.returnedAt())) {
                    transferred++;
                }
            }
        }
        long total = carried + received;
        return new ProcessingLine(key, label, carried, received, total, processed, processed - transferred - duplicates,
                transferred, duplicates, total - processed);
    }

    private ResolutionLine resolution(String key, String label, Predicate<CaseFacts> which) {
        long carried = 0;
        long accepted = 0;
        long resolved = 0;
        long upheld = 0;
        long partly = 0;
        long rejected = 0;
        long onTime = 0;
        long pendingLate = 0;
        for (CaseFacts c : cases) {
            if (!which.test(c)) {
                continue;
            }
            boolean carriedOver = period.carriesOver(c.acceptedAt(), c.resolvedAt());
            boolean acceptedNow = period.contains(c.acceptedAt());
            if (!carriedOver && !acceptedNow) {
                continue;
            }
            carried += carriedOver ? 1 : 0;
            accepted += acceptedNow ? 1 : 0;
            if (period.contains(c.resolvedAt())) {
                resolved++;
                switch (c.outcome() == null ? "" : c.outcome()) {
                    case "UPHELD" -> upheld++;
                    case "PARTLY_UPHELD" -> partly++;
                    case "REJECTED" -> rejected++;
                    default -> { }
                }
                onTime += c.resolvedOnTime() ? 1 : 0;
            } else if (c.lateBy(period.end())) {
                pendingLate++;
            }
        }
        long total = carried + accepted;
        return new ResolutionLine(key, label, carried, accepted, total, resolved, upheld, partly, rejected,
                resolved - upheld - partly - rejected, onTime, resolved - onTime, total - resolved, pendingLate);
    }
}
