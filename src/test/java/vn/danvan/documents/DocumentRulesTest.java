package vn.danvan.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.danvan.messaging.contract.EventType;

/** The small rules of documents: which step issues what, numbers and dates as Decree 30 writes them, ids, text. */
class DocumentRulesTest {

    @Test
    void eachStepIssuesThePapersTheLawAsksFor() {
        assertThat(IssuingRules.forCase(EventType.CASE_RECEIVED, null, "RECEIVED")).containsExactly(DocumentKind.RECEIPT);
        assertThat(IssuingRules.forCase(EventType.CASE_ACCEPTED, "COMPLAINT", "ACCEPTED"))
                .containsExactly(DocumentKind.ACCEPTANCE_PROPOSAL, DocumentKind.ACCEPTANCE_NOTICE);
        assertThat(IssuingRules.forCase(EventType.CASE_ACCEPTED, "DENUNCIATION", "ACCEPTED"))
                .containsExactly(DocumentKind.ACCEPTANCE_PROPOSAL, DocumentKind.ACCEPTANCE_NOTICE);
        assertThat(IssuingRules.forCase(EventType.CASE_ACCEPTED, "FEEDBACK", "IN_PROGRESS"))
                .containsExactly(DocumentKind.ACCEPTANCE_NOTICE);
        assertThat(IssuingRules.forCase(EventType.CASE_REFUSED, "COMPLAINT", "REFUSED")).containsExactly(DocumentKind.REFUSAL_NOTICE);
        assertThat(IssuingRules.forCase(EventType.CASE_FORWARDED, "FEEDBACK", "FORWARDED")).containsExactly(DocumentKind.TRANSFER_SLIP);
        assertThat(IssuingRules.forCase(EventType.CASE_RETURNED, "COMPLAINT", "RETURNED"))
                .containsExactly(DocumentKind.TRANSFER_SLIP, DocumentKind.GUIDANCE_SLIP);
        assertThat(IssuingRules.forCase(EventType.CASE_RETURNED, "RECOMMENDATION", "RETURNED"))
                .containsExactly(DocumentKind.TRANSFER_SLIP);
        assertThat(IssuingRules.forCase(EventType.CASE_EXTENDED, "DENUNCIATION", "ACCEPTED"))
                .containsExactly(DocumentKind.EXTENSION_DECISION);
        assertThat(IssuingRules.forCase(EventType.CASE_RESOLVED, "COMPLAINT", "RESOLVED")).containsExactly(DocumentKind.RESOLUTION);
        assertThat(IssuingRules.forCase(EventType.CASE_CLOSED, "FEEDBACK", "CLOSED")).containsExactly(DocumentKind.RESULT_NOTICE);
        assertThat(IssuingRules.forCase(EventType.CASE_CLOSED, "FEEDBACK", "DUPLICATE")).isEmpty();
        // a second instance: its own decision, which the complainant receives; no result notice besides
        assertThat(IssuingRules.forCase(EventType.CASE_RESOLVED, "COMPLAINT", "RESOLVED", true))
                .containsExactly(DocumentKind.SECOND_INSTANCE_DECISION);
        assertThat(IssuingRules.forCase(EventType.CASE_CLOSED, "COMPLAINT", "CLOSED", true)).isEmpty();
        assertThat(IssuingRules.forCase(EventType.CASE_ACCEPTED, "COMPLAINT", "ACCEPTED", true))
                .containsExactly(DocumentKind.ACCEPTANCE_PROPOSAL, DocumentKind.ACCEPTANCE_NOTICE);
        assertThat(IssuingRules.forCase(EventType.CASE_REFUSED, "COMPLAINT", "REFUSED", true))
                .containsExactly(DocumentKind.REFUSAL_NOTICE);
        for (EventType quiet : new EventType[] {EventType.CASE_SECOND_INSTANCE_REQUESTED,
                EventType.CASE_SECOND_INSTANCE_CONCLUDED, EventType.CASE_DIALOGUE_HELD}) {
            assertThat(IssuingRules.forCase(quiet, "COMPLAINT", "CLOSED", true)).as(quiet.type()).isEmpty();
        }
        for (EventType quiet : new EventType[] {EventType.CASE_CLASSIFIED, EventType.CASE_REMINDED,
                EventType.CASE_ESCALATED, EventType.CASE_RECOMPUTED, EventType.CASE_DIRECTED}) {
            assertThat(IssuingRules.forCase(quiet, "COMPLAINT", "ACCEPTED")).as(quiet.type()).isEmpty();
            assertThat(IssuingRules.TRIGGERS).doesNotContain(quiet);
        }
        assertThat(IssuingRules.forConference(EventType.DIALOGUE_PLANNED)).containsExactly(DocumentKind.CONFERENCE_PLAN);
        assertThat(IssuingRules.forConference(EventType.DIALOGUE_CONCLUDED)).containsExactly(DocumentKind.CONFERENCE_CONCLUSION);
        assertThat(IssuingRules.forCampaign(EventType.SUPERVISION_STARTED)).containsExactly(DocumentKind.SUPERVISION_DECISION);
        assertThat(IssuingRules.forCampaign(EventType.SUPERVISION_REPORTED)).containsExactly(DocumentKind.SUPERVISION_REPORT);
        assertThat(IssuingRules.forCampaign(EventType.SUPERVISION_RECOMMENDATION_MADE))
                .containsExactly(DocumentKind.SUPERVISION_RECOMMENDATION);
        assertThat(IssuingRules.forCriticism(EventType.CRITICISM_ISSUED)).containsExactly(DocumentKind.SOCIAL_CRITICISM);
        for (EventType quiet : new EventType[] {EventType.CRITICISM_RECEIVED, EventType.CRITICISM_RESPONDED,
                EventType.CRITICISM_OVERDUE}) {
            assertThat(IssuingRules.forCriticism(quiet)).as(quiet.type()).isEmpty();
        }
    }

    @Test
    void onlyPapersAddressedToTheCitizenGoThroughThePublicDoor() {
        assertThat(java.util.Arrays.stream(DocumentKind.values()).filter(DocumentKind::forCitizen)).containsExactly(
                DocumentKind.RECEIPT, DocumentKind.ACCEPTANCE_NOTICE, DocumentKind.REFUSAL_NOTICE,
                DocumentKind.GUIDANCE_SLIP, DocumentKind.RESULT_NOTICE, DocumentKind.SECOND_INSTANCE_DECISION);
    }

    @Test
    void numbersAndDatesAreWrittenAsDecree30Asks() {
        assertThat(Wording.number(5, "TB", "UBND", false)).isEqualTo("05/TB-UBND");
        assertThat(Wording.number(123, "QĐ", "BTCD", false)).isEqualTo("123/QĐ-BTCD");
        assertThat(Wording.number(7, "KH", "ĐU", true)).isEqualTo("07-KH/ĐU");
        // 23:30 UTC on 4 February is 5 February in Vietnam; days below 10 and months 1-2 take a zero
        assertThat(Wording.placeAndDate("Hiệp An", Instant.parse("2026-02-04T23:30:00Z")))
                .isEqualTo("Hiệp An, ngày 05 tháng 02 năm 2026");
        assertThat(Wording.placeAndDate("Đức Trọng", Instant.parse("2026-11-30T03:00:00Z")))
                .isEqualTo("Đức Trọng, ngày 30 tháng 11 năm 2026");
        assertThat(Wording.placeAndDate("Tà Năng", Instant.parse("2026-03-01T03:00:00Z")))
                .isEqualTo("Tà Năng, ngày 01 tháng 3 năm 2026");
        assertThat(Wording.year(Instant.parse("2026-12-31T17:30:00Z"))).as("already 2027 in Vietnam").isEqualTo(2027);
    }

    @Test
    void aDocumentsIdFollowsFromItsEventAndKind() {
        String event = UUID.randomUUID().toString();
        assertThat(DocumentIds.of(event, DocumentKind.RECEIPT)).isEqualTo(DocumentIds.of(event, DocumentKind.RECEIPT))
                .isNotEqualTo(DocumentIds.of(event, DocumentKind.RESULT_NOTICE))
                .isNotEqualTo(DocumentIds.of(UUID.randomUUID().toString(), DocumentKind.RECEIPT));
        assertThat(DocumentIds.of(event, DocumentKind.RECEIPT).version()).isEqualTo(3);
    }

    @Test
    void controlCharactersPrintAsTheirCodeAndEverythingElseAsItIs() {
        assertThat(PrintableText.of("a\u0007b\u001bc\u0085d\u007f")).isEqualTo("a[U+0007]b[U+001B]c[U+0085]d[U+007F]");
        assertThat(PrintableText.of("dòng 1\r\ndòng 2\rdòng 3\tcột")).isEqualTo("dòng 1\ndòng 2\ndòng 3\tcột");
        assertThat(PrintableText.of("<script>&amp;</script> Đặng 😀")).isEqualTo("<script>&amp;</script> Đặng 😀");
        assertThat(PrintableText.of("lẻ \uD800 loi")).isEqualTo("lẻ [U+D800] loi");
        assertThat(PrintableText.of(null)).isNull();
    }

    @Test
    void renderingYieldsToABusyApplicationAndRunsFreelyWhenItIsQuiet() {
        RenderPacing pacing = new RenderPacing(new DocumentProperties("Đức Trọng", 1,
                new DocumentProperties.Pacing(true, 0.3, 0.1, java.time.Duration.ofSeconds(1))));
        long ms = 1_000_000L;
        int cores = Runtime.getRuntime().availableProcessors();
        // 30 ms of rendering in 40 ms while the rest of the application kept every core busy: wait until 30 ms is a tenth
        assertThat(pacing.pause(40 * ms, 30 * ms + 40 * ms * cores, 30 * ms)).isEqualTo(java.time.Duration.ofMillis(260));
        // the rest of the application quiet: no wait
        assertThat(pacing.pause(40 * ms, 30 * ms + 2 * ms, 30 * ms)).isZero();
        // never more than the longest pause
        assertThat(pacing.pause(40 * ms, 500 * ms + 40 * ms * cores, 500 * ms)).isEqualTo(java.time.Duration.ofSeconds(1));
    }

    @Test
    void anIssuingBodysDefaultsComeFromItsName() {
        assertThat(Vietnamese.initials("Hội Nông dân huyện Đức Trọng")).isEqualTo("HND");
        assertThat(Vietnamese.initials("Hội Liên hiệp Phụ nữ huyện Đức Trọng")).isEqualTo("HLHPN");
        assertThat(Vietnamese.initials("Đảng ủy xã Hiệp An")).isEqualTo("ĐU");
        assertThat(Vietnamese.placeOf("Xã N'Thol Hạ")).isEqualTo("N'Thol Hạ");
        assertThat(Vietnamese.placeOf("Thị trấn Liên Nghĩa")).isEqualTo("Liên Nghĩa");
        assertThat(Vietnamese.upper("Xã Đà Loan")).isEqualTo("XÃ ĐÀ LOAN");
    }
}
