package vn.danvan.inspection;

import java.time.Instant;

/**
 * One inspection of a Party member by the committee's inspection commission.
 *
 * @param subjectType CASE (a denunciation) or CAMPAIGN (a supervision finding)
 * @param subjectId   the case or campaign it came from, whose timeline records its steps
 */
public record PartyInspection(String inspectionId, String subjectType, String subjectId, String commissionUnit,
        String committeeUnit, InspectionStatus status, String reason, String verification, Boolean violationFound,
        String conclusion, Discipline proposedDiscipline, Discipline decidedDiscipline, String decisionNumber,
        String startedBy, Instant startedAt, Instant closedAt) {

    public boolean open() {
        return closedAt == null;
    }

    /** What the inspection came to, in a sentence officers read ("Kết luận: có vi phạm; đề nghị Cảnh cáo; ..."). */
    public String outcomeText() {
        StringBuilder text = new StringBuilder();
        if (violationFound != null) {
            text.append(violationFound ? "Ủy ban Kiểm tra kết luận có vi phạm" : "Ủy ban Kiểm tra kết luận không có vi phạm");
        }
        if (proposedDiscipline != null) {
            text.append("; đề nghị kỷ luật: ").append(proposedDiscipline.label());
        }
        if (decidedDiscipline != null) {
            text.append("; Ban Thường vụ quyết định: ").append(decidedDiscipline.label());
            if (decisionNumber != null) {
                text.append(" (").append(decisionNumber).append(")");
            }
        }
        return text.toString();
    }
}
