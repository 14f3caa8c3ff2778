package vn.danvan.documents;

/** An uploaded template that cannot be used: answered 400 with the line (when known) and the reason. */
class TemplateRefusedException extends RuntimeException {

    private final Integer line;
    private final Integer column;
    private final String reason;

    TemplateRefusedException(Integer line, Integer column, String reason) {
        super((line == null ? "" : "line " + line + (column == null ? "" : ", column " + column) + ": ") + reason);
        this.line = line;
        this.column = column;
        this.reason = reason;
    }

    Integer line() {
        return line;
    }

    Integer column() {
        return column;
    }

    String reason() {
        return reason;
    }
}
