package vn.danvan.petition;

import vn.danvan.platform.engine.StepSupport;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.danvan.organization.UnitDirectory;
import vn.danvan.platform.engine.StepRejectedException;
import vn.danvan.support.DefaultUnits;

/**
 * The rule the decide-handling step applies before it completes, without an engine: what each
 * handling needs, and a choice against the routing table's suggestion needs its reason, which the case
 * keeps.
 */
class HandlingDecisionListenerTest {

    static final String CASE = "LIENNGHIA-2026-00001";

    final PetitionCases cases = mock(PetitionCases.class);
    final UnitDirectory units = mock(UnitDirectory.class);
    final CaseDecisions decisions = mock(CaseDecisions.class);
    final HandlingDecisionListener listener = new HandlingDecisionListener(cases, units, decisions);
    final Map<String, Object> variables = new HashMap<>();

    HandlingDecisionListenerTest() {
        variables.put(CaseVariables.CASE_ID, CASE);
        variables.put(CaseVariables.UNIT_CODE, "liennghia");
        when(units.find(anyString())).thenAnswer(call -> DefaultUnits.TREE.find(call.getArgument(0)));
    }

    @Test
    void aHandlingMustBeChosenFromTheList() {
        assertRefused("Cần chọn hướng xử lý.");
        variables.put(PetitionCommuneProcess.HANDLING, "ESCALATE");
        assertRefused("Hướng xử lý không hợp lệ: ESCALATE");
        verifyNoInteractions(decisions);
    }

    @Test
    void aLocalHandlingIsTheCommunesAcceptance() {
        decide(PetitionCommuneProcess.Handling.LOCAL, "LOCAL");
        variables.put(PetitionCommuneProcess.DECISION_NOTE, "  Xã giải quyết  ");

        listener.notify(task());

        verify(decisions).startLocalHandling(CASE, "Xã giải quyết", StepSupport.SYSTEM);
        verify(decisions, never()).routedAgainstTable(any(), any(), any(), any(), any(), any());
    }

    @Test
    void aForwardNeedsItsReason() {
        decide(PetitionCommuneProcess.Handling.FORWARD, "FORWARD");
        assertRefused("Cần nêu lý do chuyển lên huyện.");

        variables.put(CaseVariables.FORWARD_REASON, "Thuộc thẩm quyền huyện");
        assertThatCode(() -> listener.notify(task())).doesNotThrowAnyException();
        verify(decisions, never()).startLocalHandling(any(), any(), any());
    }

    @Test
    void choosingAgainstTheTableNeedsAReasonAndIsRecorded() {
        decide(PetitionCommuneProcess.Handling.LOCAL, "FORWARD");
        variables.put(CaseVariables.ROUTING_NOTE, "Khiếu nại quyết định của cơ quan cấp trên");
        assertRefused(PetitionCommuneProcess.ROUTING_DEVIATION_REASON);
        verifyNoInteractions(decisions);

        variables.put(PetitionCommuneProcess.ROUTING_DEVIATION_REASON, "Đã có ý kiến của huyện");
        listener.notify(task());

        verify(decisions).routedAgainstTable(CASE, "FORWARD", "LOCAL", "Khiếu nại quyết định của cơ quan cấp trên",
                "Đã có ý kiến của huyện", StepSupport.SYSTEM);
        verify(decisions).startLocalHandling(CASE, null, StepSupport.SYSTEM);
    }

    @Test
    void aForwardAgainstALocalSuggestionNeedsAReasonToo() {
        decide(PetitionCommuneProcess.Handling.FORWARD, "LOCAL");
        variables.put(CaseVariables.FORWARD_REASON, "Phức tạp");
        assertRefused(PetitionCommuneProcess.ROUTING_DEVIATION_REASON);
    }

    @ParameterizedTest(name = "{0} needs no reason against a {1} suggestion")
    @CsvSource({"DUPLICATE, LOCAL", "WRONG_UNIT, FORWARD"})
    void closingOrSendingElsewhereIsNotAChoiceAgainstTheTable(PetitionCommuneProcess.Handling handling, String suggested) {
        decide(handling, suggested);
        variables.put(PetitionCommuneProcess.DUPLICATE_OF, "LIENNGHIA-2026-00000");
        variables.put(PetitionCommuneProcess.CORRECT_UNIT, "hiepan");
        when(cases.find("LIENNGHIA-2026-00000")).thenReturn(Optional.of(mock(PetitionCase.class)));

        assertThatCode(() -> listener.notify(task())).doesNotThrowAnyException();
        verifyNoInteractions(decisions);
    }

    @Test
    void noSuggestionNoComparison() {
        variables.put(PetitionCommuneProcess.HANDLING, "LOCAL");

        listener.notify(task());

        verify(decisions, never()).routedAgainstTable(any(), any(), any(), any(), any(), any());
    }

    @Test
    void aDuplicateNamesAnotherCaseThatExists() {
        decide(PetitionCommuneProcess.Handling.DUPLICATE, "LOCAL");
        assertRefused("Cần nhập mã hồ sơ gốc.");

        variables.put(PetitionCommuneProcess.DUPLICATE_OF, CASE);
        assertRefused("Hồ sơ gốc phải là một hồ sơ khác hồ sơ này.");

        variables.put(PetitionCommuneProcess.DUPLICATE_OF, "LIENNGHIA-2026-09999");
        when(cases.find("LIENNGHIA-2026-09999")).thenReturn(Optional.empty());
        assertRefused("Không tìm thấy hồ sơ gốc LIENNGHIA-2026-09999.");
    }

    @Test
    void aPetitionIsSentOnlyToAnotherUnitThatHandlesPetitions() {
        decide(PetitionCommuneProcess.Handling.WRONG_UNIT, "LOCAL");
        assertRefused("Cần nhập mã đơn vị có thẩm quyền.");

        variables.put(PetitionCommuneProcess.CORRECT_UNIT, "nosuchunit");
        assertRefused("Không có đơn vị mã nosuchunit.");

        variables.put(PetitionCommuneProcess.CORRECT_UNIT, "liennghia");
        assertRefused("Đơn vị có thẩm quyền phải khác đơn vị đang xử lý.");

        variables.put(PetitionCommuneProcess.CORRECT_UNIT, "hiepanmttq");
        assertRefused("không giải quyết đơn");

        variables.put(PetitionCommuneProcess.CORRECT_UNIT, "cu");
        assertRefused("Không có đơn vị mã cu.");

        for (String handles : new String[] {"hiepan", "huyen"}) {
            variables.put(PetitionCommuneProcess.CORRECT_UNIT, handles);
            assertThatCode(() -> listener.notify(task())).as(handles).doesNotThrowAnyException();
        }
    }

    private void decide(PetitionCommuneProcess.Handling handling, String suggested) {
        variables.put(PetitionCommuneProcess.HANDLING, handling.name());
        variables.put(PetitionCommuneProcess.SUGGESTED_HANDLING, suggested);
    }

    private void assertRefused(String message) {
        assertThatThrownBy(() -> listener.notify(task())).isInstanceOf(StepRejectedException.class).hasMessageContaining(message);
    }

    private DelegateTask task() {
        DelegateTask task = mock(DelegateTask.class);
        when(task.getVariable(anyString())).thenAnswer(call -> variables.get(call.<String>getArgument(0)));
        return task;
    }
}
