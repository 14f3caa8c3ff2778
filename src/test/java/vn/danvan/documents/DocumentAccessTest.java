package vn.danvan.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.danvan.criticism.Criticism;
import vn.danvan.criticism.CriticismAccess;
import vn.danvan.criticism.CriticismRecords;
import vn.danvan.dialogue.Conference;
import vn.danvan.dialogue.ConferenceRecords;
import vn.danvan.dialogue.DialogueAccess;
import vn.danvan.petition.CaseAccess;
import vn.danvan.petition.PetitionCase;
import vn.danvan.petition.PetitionCases;
import vn.danvan.supervision.Campaign;
import vn.danvan.supervision.CampaignRecords;
import vn.danvan.supervision.SupervisionAccess;
import vn.danvan.support.DefaultUnits;

/**
 * Who reads and corrects a document: exactly who may see what it belongs to, by that module's own
 * rule, and a paper naming a protected denouncer only who may know them. The records are stubs; the
 * modules' rules are the real ones (a conference's, whose rule needs its commitments, is a stub).
 */
class DocumentAccessTest {

    final PetitionCases cases = mock(PetitionCases.class);
    final ConferenceRecords conferences = mock(ConferenceRecords.class);
    final DialogueAccess dialogueAccess = mock(DialogueAccess.class);
    final CampaignRecords campaigns = mock(CampaignRecords.class);
    final CriticismRecords criticisms = mock(CriticismRecords.class);
    final DocumentAccess access;

    DocumentAccessTest() throws Exception {
        JdbcClient jdbc = mock(JdbcClient.class);
        JdbcClient.StatementSpec timeline = mock(JdbcClient.StatementSpec.class);
        @SuppressWarnings("unchecked")
        JdbcClient.MappedQuerySpec<Long> rows = mock(JdbcClient.MappedQuerySpec.class);
        when(jdbc.sql(anyString())).thenReturn(timeline);
        when(timeline.param(anyString(), any())).thenReturn(timeline);
        when(timeline.query(Long.class)).thenReturn(rows);
        when(rows.single()).thenReturn(0L);
        // CaseAccess's constructor is the petition module's own; the rule under it is what this test is about
        var constructor = CaseAccess.class.getDeclaredConstructor(JdbcClient.class);
        constructor.setAccessible(true);
        access = new DocumentAccess(cases, constructor.newInstance(jdbc), conferences, dialogueAccess, campaigns,
                new SupervisionAccess(), criticisms, new CriticismAccess());

        PetitionCase denunciation = aCase("HIEPAN-2026-00001", "hiepan", "huyen", true);
        PetitionCase complaint = aCase("HIEPAN-2026-00002", "hiepan", "hiepan", false);
        when(cases.find(anyString())).thenReturn(Optional.empty());
        when(cases.find("HIEPAN-2026-00001")).thenReturn(Optional.of(denunciation));
        when(cases.find("HIEPAN-2026-00002")).thenReturn(Optional.of(complaint));
    }

    @ParameterizedTest(name = "{0}: reads a complaint''s notice {1}, corrects it {2}")
    @CsvSource({"hiepan, true, true", "huyen, true, false", "hiepandanguy, true, false", "camunda-admin, true, true",
            "liennghia, false, false", "hiepanmttq, false, false"})
    void aCasesPaperIsReadByWhoeverSeesTheCaseAndCorrectedByItsIssuingUnit(String group, boolean reads, boolean corrects) {
        RegisterEntry notice = document(DocumentKind.RESULT_NOTICE, SubjectType.CASE, "HIEPAN-2026-00002", "hiepan", false);

        assertThat(access.mayRead(DefaultUnits.caller(group), notice)).as("reads").isEqualTo(reads);
        assertThat(access.mayCorrect(DefaultUnits.caller(group), notice)).as("corrects").isEqualTo(corrects);
    }

    @ParameterizedTest(name = "{0}: reads the receipt naming the denouncer {1}, a paper not naming them {2}")
    @CsvSource({"huyen, true, true", "huyenuy, true, true", "hiepan, false, true", "camunda-admin, false, true",
            "hiepandanguy, false, true"})
    void aPaperNamingADenouncerIsReadOnlyByWhoMayKnowThem(String group, boolean readsNamed, boolean readsOther) {
        RegisterEntry receipt = document(DocumentKind.RECEIPT, SubjectType.CASE, "HIEPAN-2026-00001", "hiepan", true);
        RegisterEntry notice = document(DocumentKind.ACCEPTANCE_NOTICE, SubjectType.CASE, "HIEPAN-2026-00001", "huyen", false);

        assertThat(access.mayRead(DefaultUnits.caller(group), receipt)).as("names the denouncer").isEqualTo(readsNamed);
        assertThat(access.mayRead(DefaultUnits.caller(group), notice)).as("names nobody").isEqualTo(readsOther);
    }

    @Test
    void aSubjectThatDoesNotExistHasNoDocumentForAnyone() {
        assertThat(access.maySee(DefaultUnits.caller("camunda-admin"), SubjectType.CASE, "HIEPAN-2026-09999")).isFalse();
        assertThat(access.maySee(DefaultUnits.caller("camunda-admin"), SubjectType.CONFERENCE, "DLG-9")).isFalse();
        assertThat(access.maySee(DefaultUnits.caller("camunda-admin"), SubjectType.CAMPAIGN, "GS-9")).isFalse();
        assertThat(access.maySee(DefaultUnits.caller("camunda-admin"), SubjectType.CRITICISM, "PB-9")).isFalse();
    }

    @Test
    void theOtherSubjectsFollowTheirModulesRules() {
        Campaign campaign = mock(Campaign.class);
        when(campaign.unitCode()).thenReturn("hiepanmttq");
        when(campaigns.find("GS-1")).thenReturn(Optional.of(campaign));
        Criticism criticism = mock(Criticism.class);
        when(criticism.unitCode()).thenReturn("hiepanmttq");
        when(criticisms.find("PB-1")).thenReturn(Optional.of(criticism));
        Conference conference = mock(Conference.class);
        when(conferences.find("DLG-1")).thenReturn(Optional.of(conference));
        when(dialogueAccess.canView(any(), any())).thenAnswer(call -> call.<vn.danvan.organization.Caller>getArgument(0)
                .isIn("hiepanmttq"));

        for (SubjectType type : new SubjectType[] {SubjectType.CAMPAIGN, SubjectType.CRITICISM, SubjectType.CONFERENCE}) {
            String id = switch (type) {
                case CAMPAIGN -> "GS-1";
                case CRITICISM -> "PB-1";
                default -> "DLG-1";
            };
            RegisterEntry paper = document(DocumentKind.SUPERVISION_REPORT, type, id, "hiepanmttq", false);
            assertThat(access.mayRead(DefaultUnits.caller("hiepanmttq"), paper)).as(type + " by its unit").isTrue();
            assertThat(access.mayCorrect(DefaultUnits.caller("hiepanmttq"), paper)).as(type + " corrected").isTrue();
            assertThat(access.mayRead(DefaultUnits.caller("liennghiamttq"), paper)).as(type + " by another Front").isFalse();
        }
    }

    static PetitionCase aCase(String caseId, String origin, String current, boolean denunciation) {
        PetitionCase c = mock(PetitionCase.class);
        when(c.caseId()).thenReturn(caseId);
        when(c.originUnitCode()).thenReturn(origin);
        when(c.currentUnitCode()).thenReturn(current);
        when(c.isDenunciation()).thenReturn(denunciation);
        return c;
    }

    static RegisterEntry document(DocumentKind kind, SubjectType type, String subjectId, String unitCode,
            boolean namesPetitioner) {
        return new RegisterEntry(UUID.randomUUID(), kind, type, subjectId, unitCode, "GBN", "1", kind.name(), true,
                namesPetitioner, "0".repeat(64), 1, "u", Instant.parse("2026-11-30T02:00:00Z"), null, 1, null, null);
    }
}
