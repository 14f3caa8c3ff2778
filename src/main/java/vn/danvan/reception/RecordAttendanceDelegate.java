package vn.danvan.reception;

import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.danvan.platform.engine.StepRejectedException;
import vn.danvan.platform.engine.StepSupport;

/**
 * After the attendance form: a day held names who received and from when to when, a day not held
 * gives the reason; either is recorded and announced, and the gateways read {@code receptionHeld}
 * and {@code citizensCame}.
 */
@Component("recordAttendanceDelegate")
class RecordAttendanceDelegate implements JavaDelegate {

    private final ReceptionDays days;

    RecordAttendanceDelegate(ReceptionDays days) {
        this.days = days;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String held = StepSupport.string(execution, CitizenReceptionProcess.HELD);
        if (!"HELD".equals(held) && !"NOT_HELD".equals(held)) {
            throw new StepRejectedException("Chọn buổi tiếp công dân có được tổ chức hay không.");
        }
        ReceptionDays.Attendance attendance;
        if ("NOT_HELD".equals(held)) {
            String reason = StepSupport.string(execution, CitizenReceptionProcess.NOT_HELD_REASON);
            if (reason == null) {
                throw new StepRejectedException("Buổi tiếp không tổ chức: cần ghi rõ lý do.");
            }
            attendance = new ReceptionDays.Attendance(false, reason, null, null, null);
        } else {
            String receivedBy = StepSupport.string(execution, CitizenReceptionProcess.RECEIVED_BY);
            if (receivedBy == null) {
                throw new StepRejectedException("Cần ghi người trực tiếp tiếp công dân.");
            }
            LocalTime start = time(execution, CitizenReceptionProcess.START_TIME, "Giờ bắt đầu");
            LocalTime end = time(execution, CitizenReceptionProcess.END_TIME, "Giờ kết thúc");
            if (!end.isAfter(start)) {
                throw new StepRejectedException("Giờ kết thúc phải sau giờ bắt đầu.");
            }
            attendance = new ReceptionDays.Attendance(true, null, receivedBy, start, end);
        }
        days.recordAttendance(StepSupport.string(execution, CitizenReceptionProcess.DAY_ID), attendance, StepSupport.actor());
        execution.setVariable(CitizenReceptionProcess.RECEPTION_HELD, attendance.held());
        execution.setVariable(CitizenReceptionProcess.CITIZENS_CAME,
                attendance.held() && StepSupport.flag(execution, CitizenReceptionProcess.CITIZENS_CAME));
    }

    private static LocalTime time(DelegateExecution execution, String name, String label) {
        String text = StepSupport.string(execution, name);
        if (text == null) {
            throw new StepRejectedException(label + ": cần nhập giờ (ví dụ 07:30).");
        }
        try {
            return LocalTime.parse(text.length() == 4 ? "0" + text : text);
        } catch (DateTimeParseException e) {
            throw new StepRejectedException(label + ": giờ không hợp lệ '" + text + "' (ví dụ 07:30).");
        }
    }
}
