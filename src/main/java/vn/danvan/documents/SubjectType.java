package vn.danvan.documents;

import vn.danvan.messaging.Topics;

/** What a document belongs to: a petition case, a dialogue conference or a supervision campaign. */
enum SubjectType {
    CASE(Topics.CASES, "cases"),
    CONFERENCE(Topics.DIALOGUES, "dialogues"),
    CAMPAIGN(Topics.SUPERVISIONS, "supervisions");

    private final String topic;
    private final String path;

    SubjectType(String topic, String path) {
        this.topic = topic;
        this.path = path;
    }

    /** The topic its events go on, keyed by its id: its documents' events go there too. */
    String topic() {
        return topic;
    }

    /** The officers' address of a document: {@code /api/<cases|dialogues|supervisions>/{id}/documents/{documentId}}. */
    String address(String subjectId, String documentId) {
        return "/api/" + path + "/" + subjectId + "/documents/" + documentId;
    }
}
