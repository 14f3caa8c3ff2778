package vn.danvan.petition;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The papers of a case as the intake's answer and the public status show them. A port this module
 * owns: the module that issues documents implements it, so petition never depends on it (and works
 * without it: no links).
 */
public interface CaseDocumentLinks {

    /** The address of the case's receipt, known from the moment the case is received (it may still be rendering). */
    Optional<String> receipt(PetitionCase c);

    /** The same receipt at the address the citizen fetches with the tracking code, no sign-in. */
    Optional<String> citizenReceipt(PetitionCase c);

    /** The documents addressed to the citizen, each with its public address. */
    List<CitizenDocument> forCitizen(PetitionCase c);

    /** One paper the citizen may fetch with the tracking code. */
    record CitizenDocument(String documentId, String kind, String title, String number, Instant issuedAt, String url) {
    }
}
