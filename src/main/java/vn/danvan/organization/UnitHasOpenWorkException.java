package vn.danvan.organization;

import java.util.Map;

/** A unit cannot be deactivated while it holds open work and nobody was named to take it over. */
class UnitHasOpenWorkException extends RuntimeException {

    private final Map<String, Long> openWork;

    UnitHasOpenWorkException(String unitCode, Map<String, Long> openWork) {
        super("Đơn vị " + unitCode + " còn việc đang mở (" + describe(openWork)
                + "): ghi đơn vị tiếp nhận vào trường takeover để chuyển giao trước khi ngừng hoạt động");
        this.openWork = openWork;
    }

    Map<String, Long> openWork() {
        return openWork;
    }

    private static String describe(Map<String, Long> openWork) {
        StringBuilder text = new StringBuilder();
        openWork.forEach((label, count) -> text.append(text.isEmpty() ? "" : ", ").append(count).append(' ').append(label));
        return text.toString();
    }
}
