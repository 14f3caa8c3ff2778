package vn.danvan.portal;

import java.util.Map;
import vn.danvan.messaging.contract.PetitionSubmission.CaseType;

/** The kinds of petition in a citizen's words: a name, and a hint of when each applies. */
public final class PetitionKinds {

    public static final Map<CaseType, String> NAMES = Map.of(
            CaseType.COMPLAINT, "Khiếu nại",
            CaseType.DENUNCIATION, "Tố cáo",
            CaseType.RECOMMENDATION, "Kiến nghị",
            CaseType.FEEDBACK, "Phản ánh");

    public static final Map<CaseType, String> HINTS = Map.of(
            CaseType.COMPLAINT, "Đề nghị xem xét lại một quyết định hoặc việc làm của cơ quan nhà nước, cán bộ mà ông/bà "
                    + "cho là trái luật, xâm phạm quyền lợi của mình.",
            CaseType.DENUNCIATION, "Báo cho cơ quan có thẩm quyền biết hành vi vi phạm pháp luật của cán bộ, cơ quan, tổ chức "
                    + "hoặc cá nhân. Danh tính người tố cáo được giữ bí mật.",
            CaseType.RECOMMENDATION, "Đề xuất ý kiến, sáng kiến để chính quyền làm tốt hơn một việc cụ thể.",
            CaseType.FEEDBACK, "Cho chính quyền biết một việc đang xảy ra cần được xử lý: đường hỏng, rác thải, ô nhiễm...");

    private PetitionKinds() {
    }
}
