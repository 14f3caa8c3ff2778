package vn.danvan.documents;

import vn.danvan.messaging.Topics;

/** What a document belongs to: a petition case, a dialogue conference, a supervision campaign or a social criticism. */
enum SubjectType {
    CASE(Topics.CASES, "cases"),
    CONFERENCE(Topics.DIALOGUES, "dialogues"),
    CAMPAIGN(Topics.SUPERVISIONS, "supervisions"),
    CRITICISM(Topics.CRITICISMS, "criticisms");

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

    /** The officers' address of a document: {@code /api/<cases|dialogues|supervisions|criticisms>/{id}/documents/{documentId}}. */
    String address(String subjectId, String documentId) {
        return "/api/" + path + "/" + subjectId + "/documents/" + documentId;
    }
}
