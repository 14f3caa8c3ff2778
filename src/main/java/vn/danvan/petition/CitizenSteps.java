package vn.danvan.petition;

import java.util.List;
import java.util.Map;

/**
 * The steps of a case as the citizen reads them on the status page: the timeline's actions with
 * Vietnamese names, leaving out the office's internal ones (reminders, escalations, recomputed dates,
 * messages sent).
 */
final class CitizenSteps {

    private static final Map<String, String> LABELS = Map.ofEntries(
            Map.entry("received", "Tiếp nhận đơn"),
            Map.entry("classified", "Phân loại, xử lý đơn"),
            Map.entry("accepted", "Thụ lý giải quyết"),
            Map.entry("forwarded", "Chuyển cấp trên giải quyết"),
            Map.entry("refused", "Không thụ lý (có thông báo lý do)"),
            Map.entry("returned", "Chuyển cơ quan có thẩm quyền"),
            Map.entry("directed", "Cấp ủy chỉ đạo giải quyết"),
            Map.entry("extended", "Gia hạn thời hạn giải quyết"),
            Map.entry("resolved", "Có kết quả giải quyết"),
            Map.entry("closed", "Thông báo kết quả, đóng hồ sơ"),
            Map.entry("reassigned", "Chuyển giao đơn vị do sắp xếp tổ chức"),
            Map.entry("rated", "Công dân đánh giá kết quả"),
            Map.entry("disputed", "Công dân không đồng ý với kết quả"),
            Map.entry("second-instance-requested", "Yêu cầu giải quyết khiếu nại lần hai"),
            Map.entry("second-instance-concluded", "Có kết quả khiếu nại lần hai"),
            Map.entry("dialogue-held", "Đối thoại với người khiếu nại"),
            Map.entry(PetitionLinks.ANSWERED_IN_WRITING, "Được trả lời bằng văn bản sau hội nghị đối thoại"),
            Map.entry(DataSubjectRequests.DATA_REQUEST, "Công dân yêu cầu về dữ liệu cá nhân"),
            Map.entry(DataSubjectRequests.DATA_REQUEST_ANSWERED, "Trả lời yêu cầu về dữ liệu cá nhân"));

    private CitizenSteps() {
    }

    /** One step: what happened and when (no officer, no unit's internal note). */
    record Step(String step, String label, java.time.Instant at) {
    }

    static List<Step> of(List<TimelineEntry> timeline) {
        return timeline.stream().filter(entry -> LABELS.containsKey(entry.action()))
                .map(entry -> new Step(entry.action(), LABELS.get(entry.action()), entry.at())).toList();
    }
}
