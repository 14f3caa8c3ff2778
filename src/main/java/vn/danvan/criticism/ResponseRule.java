package vn.danvan.criticism;

import java.util.Optional;
import vn.danvan.messaging.contract.Lateness;

/**
 * What a recorded response of the authority must carry, for every door (Tasklist's form, REST): the
 * result; the number and date of the authority's letter unless none came; the explanation
 * (giải trình) of what was not accepted; and "no response" only once the response is late.
 */
final class ResponseRule {

    /**
     * @param field    the variable or JSON field at fault
     * @param reason   in Vietnamese, as Tasklist shows it (the REST door adds English)
     * @param conflict the response does not apply now (409), rather than a field to fix (400)
     */
    record Refusal(String field, String reason, String english, boolean conflict) {
    }

    private ResponseRule() {
    }

    static Optional<Refusal> check(CriticismResponse response, String reference, String text, Lateness lateness) {
        if (response == null) {
            return Optional.of(new Refusal("response", "Chọn kết quả tiếp thu của cơ quan soạn thảo.",
                    "is required: ACCEPTED, PARTLY_ACCEPTED, NOT_ACCEPTED or NONE", false));
        }
        if (response == CriticismResponse.NONE) {
            return lateness == Lateness.ON_TIME
                    ? Optional.of(new Refusal("response", "Chưa hết hạn trả lời: chỉ ghi nhận cơ quan soạn thảo không trả lời khi đã quá hạn.",
                            "NONE is taken only once the response is late", true))
                    : Optional.empty();
        }
        if (reference == null) {
            return Optional.of(new Refusal("responseReference", "Cần ghi số, ngày văn bản tiếp thu, giải trình.",
                    "is required unless the response is NONE", false));
        }
        if (response.needsExplanation() && text == null) {
            return Optional.of(new Refusal("responseText", "Cần ghi nội dung giải trình.",
                    "is required when the criticism is not fully accepted", false));
        }
        return Optional.empty();
    }
}
