package vn.danvan.petition;

/**
 * A closed case's personal data was removed at the end of its retention period. Published inside
 * the transaction that removed it, so that modules holding copies (the documents' rendering data)
 * remove theirs in the same transaction.
 */
public record CaseAnonymised(String caseId) {

    /** What replaces the petitioner's name wherever a copy of it is kept. */
    public static final String PLACEHOLDER = PetitionerFields.ANONYMISED;
}
