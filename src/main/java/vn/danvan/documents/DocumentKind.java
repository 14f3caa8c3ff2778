package vn.danvan.documents;

import java.util.Arrays;
import java.util.Optional;

/**
 * The kinds of official document (design.md's contract). Each has one template, a title in
 * Vietnamese, the symbol of its number (Decree 30/2020/ND-CP, appendix III, or practice where the
 * decree has none: docs/documents.md marks those "check"), what it belongs to, and whether it is
 * addressed to the citizen (then the citizen may fetch it with the tracking code).
 */
enum DocumentKind {
    RECEIPT("Giấy biên nhận đơn", "GBN", SubjectType.CASE, true),
    ACCEPTANCE_PROPOSAL("Phiếu đề xuất thụ lý", "PĐX", SubjectType.CASE, false),
    ACCEPTANCE_NOTICE("Thông báo thụ lý", "TB", SubjectType.CASE, true),
    REFUSAL_NOTICE("Thông báo không thụ lý", "TB", SubjectType.CASE, true),
    TRANSFER_SLIP("Phiếu chuyển đơn", "PC", SubjectType.CASE, false),
    GUIDANCE_SLIP("Phiếu hướng dẫn", "PHD", SubjectType.CASE, true),
    EXTENSION_DECISION("Quyết định gia hạn giải quyết", "QĐ", SubjectType.CASE, false),
    /** The symbol depends on the case type: a complaint's decision (QĐ), a denunciation's conclusion (KL), an answer (TB). */
    RESOLUTION("Kết quả giải quyết", "QĐ", SubjectType.CASE, false),
    RESULT_NOTICE("Thông báo kết quả giải quyết", "TB", SubjectType.CASE, true),
    /** Complaints Law 2011, art. 40: sent to the complainant, who may take it to court (art. 42). */
    SECOND_INSTANCE_DECISION("Quyết định giải quyết khiếu nại lần hai", "QĐ", SubjectType.CASE, true),
    CONFERENCE_PLAN("Kế hoạch hội nghị đối thoại", "KH", SubjectType.CONFERENCE, false),
    CONFERENCE_CONCLUSION("Thông báo kết luận hội nghị đối thoại", "TB", SubjectType.CONFERENCE, false),
    SUPERVISION_DECISION("Quyết định thành lập đoàn giám sát", "QĐ", SubjectType.CAMPAIGN, false),
    SUPERVISION_REPORT("Báo cáo kết quả giám sát", "BC", SubjectType.CAMPAIGN, false),
    SUPERVISION_RECOMMENDATION("Văn bản kiến nghị sau giám sát", "KN", SubjectType.CAMPAIGN, false),
    /** The Front's criticism of a draft, sent to the authority that drafted it (symbol from practice: check). */
    SOCIAL_CRITICISM("Văn bản phản biện xã hội", "PBXH", SubjectType.CRITICISM, false);

    private final String title;
    private final String symbol;
    private final SubjectType subject;
    private final boolean forCitizen;

    DocumentKind(String title, String symbol, SubjectType subject, boolean forCitizen) {
        this.title = title;
        this.symbol = symbol;
        this.subject = subject;
        this.forCitizen = forCitizen;
    }

    /** The kind named in a path or an upload, case-insensitively; empty for anything else. */
    static Optional<DocumentKind> parse(String name) {
        return Arrays.stream(values()).filter(kind -> kind.name().equalsIgnoreCase(name)).findFirst();
    }

    String title() {
        return title;
    }

    String symbol() {
        return symbol;
    }

    SubjectType subject() {
        return subject;
    }

    boolean forCitizen() {
        return forCitizen;
    }

    /** The default template shipped in the jar. */
    String defaultTemplate() {
        return "documents/templates/" + name().toLowerCase(java.util.Locale.ROOT) + ".html";
    }
}
