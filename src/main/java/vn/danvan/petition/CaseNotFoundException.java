package vn.danvan.petition;

/** No case with this id (or the caller may not know that it exists). */
public class CaseNotFoundException extends RuntimeException {

    public CaseNotFoundException(String caseId) {
        super("No case " + caseId);
    }
}
