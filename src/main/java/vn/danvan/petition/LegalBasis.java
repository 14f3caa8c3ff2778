package vn.danvan.petition;

/**
 * Why danvan holds a petitioner's personal data (Decree 13/2023/ND-CP art. 17), stored per case in
 * {@code petition_case.legal_basis}. The rule, in one place: a petition an office files or receives
 * from another system (REST, Tasklist's start form, Kafka) is held on the office's legal duty to
 * handle it (Law on Citizen Reception 2013, Complaints Law 2011, Denunciation Law 2018); one a
 * citizen files themselves (portal, Open311) is held on the consent they gave with it, or, when they
 * left no contact and so gave none, on the same legal duty.
 */
public enum LegalBasis {
    CONSENT, LEGAL_DUTY;

    /** Who filed the petition: an office (or its systems), or the citizen through a public door. */
    public enum Door { OFFICE, CITIZEN }

    static LegalBasis of(Door door, boolean consented) {
        return door == Door.CITIZEN && consented ? CONSENT : LEGAL_DUTY;
    }
}
