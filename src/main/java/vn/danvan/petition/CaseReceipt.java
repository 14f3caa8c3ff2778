package vn.danvan.petition;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * What intake answers: the office's case id, the citizen's tracking code and where the receipt is
 * (it is rendered just after the case is stored: until then its address answers 202).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CaseReceipt(String caseId, String trackingCode, String receipt) {

    public CaseReceipt(String caseId, String trackingCode) {
        this(caseId, trackingCode, null);
    }

    CaseReceipt withReceipt(String address) {
        return new CaseReceipt(caseId, trackingCode, address);
    }
}
