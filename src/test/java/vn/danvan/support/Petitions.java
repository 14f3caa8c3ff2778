package vn.danvan.support;

import java.util.UUID;

/** Petition JSON as outside systems send it (the contract of POST /api/petitions and danvan.intake). */
public final class Petitions {

    private Petitions() {
    }

    public static String json(String unitCode, String subject) {
        return """
                {"unitCode": "%s", "channel": "ONLINE", "subject": "%s",
                 "content": "Đề nghị chính quyền xem xét giải quyết. Mã kiểm thử %s",
                 "petitioner": {"fullName": "Nguyễn Văn Bình", "phone": "0912 345 678", "address": "Thôn 2"}}"""
                .formatted(unitCode, subject, UUID.randomUUID());
    }

    public static String json(String unitCode, String subject, String type) {
        return json(unitCode, subject).replace("\"channel\": \"ONLINE\"",
                "\"channel\": \"ONLINE\", \"type\": \"" + type + "\"");
    }
}
