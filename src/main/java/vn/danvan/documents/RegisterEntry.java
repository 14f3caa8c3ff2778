package vn.danvan.documents;

import java.time.Instant;
import java.util.UUID;

/** One line of the register (sổ đăng ký văn bản), without the PDF's bytes. */
record RegisterEntry(UUID documentId, DocumentKind kind, SubjectType subjectType, String subjectId, String unitCode,
        String symbol, String number, String title, boolean forCitizen, boolean namesPetitioner, String sha256, int templateVersion,
        String issuedBy, Instant issuedAt, String causeEventId, int sequence, UUID supersedes, UUID supersededBy) {
}
