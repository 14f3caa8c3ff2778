package vn.danvan.reporting;

import java.util.List;

/**
 * The figures of one periodic petition report (Circular 02/2021/TT-TTCP) for the units a caller sees:
 * citizen reception, petitions processed by type, and complaints and denunciations resolved. Reception,
 * processing and complaints end with their total line ({@code key} {@value #TOTAL}); denunciations
 * start with it, followed by "of which about Party members".
 */
public record PetitionFigures(ReportPeriod period, List<ReceptionLine> reception, List<ProcessingLine> processing,
        List<ResolutionLine> complaints, List<ResolutionLine> denunciations) {

    public static final String TOTAL = "TOTAL";

    /** Tiếp công dân: sessions held (null where none is recorded), citizens received, petitions taken there. */
    public record ReceptionLine(String key, String label, Long sessions, long citizens, long petitions) {
    }

    /** Xử lý đơn, per type of petition. */
    public record ProcessingLine(String key, String label, long carriedOver, long received, long total, long processed,
            long withinAuthority, long transferred, long duplicates, long unprocessed) {
    }

    /** Giải quyết khiếu nại / tố cáo: accepted (thụ lý), resolved by result and in time, still open. */
    public record ResolutionLine(String key, String label, long carriedOver, long accepted, long total, long resolved,
            long upheld, long partlyUpheld, long rejected, long otherOutcome, long onTime, long late, long pending,
            long pendingLate) {
    }

    public ProcessingLine processingTotal() {
        return processing.get(processing.size() - 1);
    }

    public ResolutionLine complaintsTotal() {
        return complaints.get(complaints.size() - 1);
    }

    public ResolutionLine denunciationsTotal() {
        return denunciations.get(0);
    }

    public ReceptionLine receptionTotal() {
        return reception.get(reception.size() - 1);
    }
}
