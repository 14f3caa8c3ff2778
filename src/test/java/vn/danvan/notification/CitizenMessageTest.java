package vn.danvan.notification;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import vn.danvan.messaging.Topics;
import vn.danvan.messaging.contract.EventType;

/** What the citizen reads: the case's steps as before, and the written answer after a dialogue with its document. */
class CitizenMessageTest {

    @Test
    void aWrittenAnswerNamesItsDocumentInTheMessage() {
        CitizenMessage message = CitizenMessage.of(EventType.DIALOGUE_QUESTION_ANSWERED_IN_WRITING, "AB12CD34",
                "https://danvan.example/portal/cases/AB12CD34", "Văn bản trả lời số 25/UBND-VP ngày 24/04/2026 của Xã Phú Hội.");

        assertThat(message.subject()).isEqualTo("Đơn AB12CD34 đã được trả lời bằng văn bản sau hội nghị đối thoại");
        assertThat(message.text()).contains("Đơn của ông/bà, mã tra cứu AB12CD34, đã được trả lời bằng văn bản sau hội nghị"
                + " đối thoại.\nVăn bản trả lời số 25/UBND-VP ngày 24/04/2026 của Xã Phú Hội.\n\nTình trạng hồ sơ")
                .contains("https://danvan.example/portal/cases/AB12CD34");
    }

    @Test
    void aCaseStepKeepsItsMessageWithoutADetail() {
        CitizenMessage message = CitizenMessage.of(EventType.CASE_ACCEPTED, "AB12CD34", "https://x/portal/cases/AB12CD34");

        assertThat(message.text()).contains("đã được thụ lý giải quyết.\n\nTình trạng hồ sơ").doesNotContain("Văn bản trả lời");
    }

    @Test
    void theCaseTopicsListenerActsOnlyOnCaseEvents() {
        assertThat(NotificationListener.TOLD).allMatch(type -> type.belongsOn(Topics.CASES))
                .doesNotContain(EventType.DIALOGUE_QUESTION_ANSWERED_IN_WRITING).contains(EventType.CASE_RESOLVED);
        assertThat(DialogueNotificationListener.TOLD).allMatch(type -> type.belongsOn(Topics.DIALOGUES));
    }
}
