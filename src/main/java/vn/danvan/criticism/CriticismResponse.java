package vn.danvan.criticism;

/**
 * What the authority's written response (văn bản tiếp thu, giải trình) says of the criticism, or that
 * none came (Law on the Vietnam Fatherland Front 2015, art. 34; Joint Resolution 403/2017).
 */
enum CriticismResponse {
    ACCEPTED("Tiếp thu toàn bộ"),
    PARTLY_ACCEPTED("Tiếp thu một phần, giải trình phần còn lại"),
    NOT_ACCEPTED("Không tiếp thu, có giải trình"),
    /** the authority did not answer: recorded only once the response is late */
    NONE("Cơ quan soạn thảo không có văn bản trả lời");

    private final String label;

    CriticismResponse(String label) {
        this.label = label;
    }

    String label() {
        return label;
    }

    /** A partial or refused acceptance must say why (giải trình). */
    boolean needsExplanation() {
        return this == PARTLY_ACCEPTED || this == NOT_ACCEPTED;
    }

    static CriticismResponse parse(String value) {
        for (CriticismResponse response : values()) {
            if (response.name().equals(value)) {
                return response;
            }
        }
        return null;
    }
}
