package vn.danvan.petition;

/** What intake answers: the office's case id and the citizen's tracking code. */
public record CaseReceipt(String caseId, String trackingCode) {
}
