package vn.danvan.criticism;

/** The forms of social criticism (Law on the Vietnam Fatherland Front 2015, art. 33; Joint Resolution 403/2017). */
enum CriticismForm {
    /** hội nghị phản biện xã hội */
    CONFERENCE("Hội nghị phản biện xã hội"),
    /** gửi dự thảo văn bản lấy ý kiến bằng văn bản */
    WRITTEN("Gửi dự thảo lấy ý kiến bằng văn bản"),
    /** tổ chức đối thoại trực tiếp / hội đồng tư vấn: the Front's advisory council reviews the draft */
    COUNCIL("Hội đồng tư vấn phản biện");

    private final String label;

    CriticismForm(String label) {
        this.label = label;
    }

    String label() {
        return label;
    }

    static CriticismForm parse(String value) {
        for (CriticismForm form : values()) {
            if (form.name().equals(value)) {
                return form;
            }
        }
        return null;
    }
}
