package vn.danvan.reception;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;

/**
 * One reception day of a schedule: the date the schedule names, the day it is held (the next working
 * day when that one is a day off), its attendance and its register's counts.
 */
record ReceptionDay(String dayId, long scheduleId, LocalDate scheduledDate, LocalDate receptionDate, String unitCode,
        String leaderUserId, String leaderTitle, LeaderRole leaderRole, String place, Status status,
        String notHeldReason, String receivedBy, LocalTime startTime, LocalTime endTime, int citizens, int petitions,
        String recordedBy, Instant recordedAt, String processInstanceId) {

    enum Status {
        SCHEDULED("Đã lên lịch"), HELD("Đã tổ chức, đang ghi sổ"), NOT_HELD("Không tổ chức"),
        RECORDED("Đã tổ chức, đã ghi sổ");

        private final String label;

        Status(String label) {
            this.label = label;
        }

        String label() {
            return label;
        }

        boolean held() {
            return this == HELD || this == RECORDED;
        }
    }

    /** What came of a citizen's visit. */
    enum Outcome {
        /** Trả lời, giải thích trực tiếp. */
        ANSWERED,
        /** Tiếp nhận đơn: the petition becomes a case through the intake. */
        PETITION_TAKEN,
        /** Hướng dẫn đến cơ quan có thẩm quyền. */
        GUIDED
    }

    boolean moved() {
        return !scheduledDate.equals(receptionDate);
    }
}
