package vn.danvan.supervision;

/**
 * A supervised body's answer to a recommendation. A recommendation not (fully) accepted needs the
 * body's reason: the unit judges the answer by it.
 */
record Answer(Response response, String text, String reason) {

    enum Response {
        ACCEPTED("Tiếp thu"), PARTLY_ACCEPTED("Tiếp thu một phần"), REJECTED("Không tiếp thu");

        private final String label;

        Response(String label) {
            this.label = label;
        }

        String label() {
            return label;
        }
    }

    /** @return the name of the missing field, or null when the answer is complete */
    String missingField() {
        if (response == null) {
            return "response";
        }
        if (response != Response.ACCEPTED && (reason == null || reason.isBlank())) {
            return "reason";
        }
        return null;
    }
}
