package vn.danvan.calendar;

import org.camunda.bpm.engine.ProcessEngineException;

/** No (further) extension is allowed for this step; the message is shown to the officer in Vietnamese. */
public class ExtensionRefusedException extends ProcessEngineException {

    public ExtensionRefusedException(int allowed, String basis) {
        super(allowed == 0 ? "Bước này không được gia hạn. Căn cứ: " + basis
                : "Đã dùng hết " + allowed + " lần gia hạn được phép. Căn cứ: " + basis);
    }
}
