package vn.danvan.documents;

import java.util.List;

/**
 * Made-up data of every kind, in Vietnamese, on which an uploaded template is tried before it takes
 * effect (and the tests render every default). Its number and tracking code must appear in the PDF.
 */
final class SampleData {

    static final String NUMBER = "05/TB-UBND";
    static final String TRACKING_CODE = "7K3M-Q8RT-2XWD";
    static final String STATUS_URL = "https://danvan.example/portal/cases/" + TRACKING_CODE;

    private SampleData() {
    }

    static Issuer issuer() {
        return new Issuer("hiepan", null, "ỦY BAN NHÂN DÂN\nXÃ HIỆP AN", "Ủy ban nhân dân xã Hiệp An", "UBND", "Hiệp An",
                false, "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Nguyễn Văn Thành", "Chủ tịch Ủy ban nhân dân xã Hiệp An");
    }

    static TemplateData of(DocumentKind kind) {
        TemplateData.Doc doc = new TemplateData.Doc(kind.name(), kind.title(), NUMBER,
                "Hiệp An, ngày 30 tháng 11 năm 2026", "09 giờ 15 phút, ngày 30/11/2026", "30/11/2026", "K' Brơi",
                STATUS_URL, kind == DocumentKind.RECEIPT ? QrCodes.dataUri(STATUS_URL) : null);
        return switch (kind.subject()) {
            case CASE -> new TemplateData(doc, issuer(), petition(kind), null, null);
            case CONFERENCE -> new TemplateData(doc, issuer(), null, conference(), null);
            case CAMPAIGN -> new TemplateData(doc, issuer(), null, null, campaign());
            case CRITICISM -> new TemplateData(doc, issuer(), null, null, null, criticism());
        };
    }

    private static TemplateData.Petition petition(DocumentKind kind) {
        String type = kind == DocumentKind.GUIDANCE_SLIP || kind == DocumentKind.RESOLUTION
                || kind == DocumentKind.SECOND_INSTANCE_DECISION ? "COMPLAINT" : "RECOMMENDATION";
        return new TemplateData.Petition("HIEPAN-2026-00042", TRACKING_CODE, type, Wording.caseType(type),
                Wording.channel("WALK_IN"), "Đường liên thôn 3 - 4 xuống cấp, đề nghị sửa chữa",
                "Đoạn đường dài 800 m bị sụt lún sau mùa mưa.\nXe máy đi lại rất khó khăn.",
                "08 giờ 30 phút, ngày 27/11/2026", "27/11/2026", "11/12/2026", "Đã tiếp nhận",
                new TemplateData.Person("Trần Thị Hương", "Thôn 4, xã Hiệp An", "0905 111 222"), false,
                "Đơn đúng một phần", "Ủy ban nhân dân xã bố trí kinh phí sửa chữa trong quý I năm 2027.",
                "Đơn đã được giải quyết bằng quyết định có hiệu lực.", "Công trình do huyện làm chủ đầu tư.", "huyen1",
                "Gia hạn theo 12/QĐ-UBND: cần xác minh thêm tại hiện trường. Hạn mới: 17:00 15/01/2027",
                "Ủy ban nhân dân xã Hiệp An", "Ban Tiếp công dân huyện Đức Trọng", "Xã Hiệp An");
    }

    private static TemplateData.Conference conference() {
        return new TemplateData.Conference("DIALOGUE-HIEPAN-2026-01", "Đất đai và giao thông nông thôn",
                "15/12/2026", "08:00", "Hội trường Ủy ban nhân dân xã Hiệp An", "Bí thư Đảng ủy, Chủ tịch UBND xã",
                "Trưởng thôn, đại diện hộ dân", "10/12/2026", "15/12/2026", 120,
                "Các kiến nghị về đường liên thôn được tiếp thu, giao đơn vị thực hiện.",
                List.of(new TemplateData.Commitment(1, "Sửa chữa đường liên thôn 3 - 4", "Xã Hiệp An", "31/03/2027")));
    }

    private static TemplateData.Criticism criticism() {
        return new TemplateData.Criticism("CRITICISM-HIEPANMTTQ-2026-01",
                "Dự thảo Đề án bố trí dân cư tập trung thôn 4 giai đoạn 2027 - 2030", "Ủy ban nhân dân xã Hiệp An",
                "Công văn số 120/UBND ngày 02/11/2026 kèm dự thảo", "02/11/2026", "30/11/2026",
                "Hội nghị phản biện xã hội", "Hội nghị ngày 15/11/2026 tại Hội trường Ủy ban MTTQ xã",
                List.of(new TemplateData.Opinion("Hội Nông dân xã Hiệp An",
                        "Cần làm rõ phương án hỗ trợ chuyển đổi nghề cho hộ bị thu hồi đất sản xuất."),
                        new TemplateData.Opinion("Chuyên gia Nguyễn Văn An", "Đề nghị bổ sung đánh giá tác động môi trường.")),
                "Dự thảo phù hợp chủ trương chung; phương án bồi thường, hỗ trợ còn chưa cụ thể.",
                "Bổ sung phương án hỗ trợ sinh kế; lấy ý kiến trực tiếp các hộ dân thôn 4 trước khi trình.", "02/01/2027");
    }

    private static TemplateData.Campaign campaign() {
        TemplateData.Recommendation first = new TemplateData.Recommendation("SUPERVISION-MTTQHUYEN-2026-01-K1", 1,
                "Công khai danh sách hộ nghèo tại nhà văn hóa thôn", "31/01/2027");
        return new TemplateData.Campaign("SUPERVISION-MTTQHUYEN-2026-01", 2026, 4,
                "Việc thực hiện chính sách hỗ trợ hộ nghèo", "Ủy ban nhân dân xã Hiệp An", "15/QĐ-MTTQ", "Lê Văn Đức",
                "Giám sát trực tiếp tại xã từ ngày 01/12 đến 10/12/2026", "20/BC-MTTQ",
                "Xã đã thực hiện đúng quy trình bình xét; còn chậm công khai danh sách.", List.of(first), first);
    }
}
