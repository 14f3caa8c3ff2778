package vn.danvan.documents;

import java.time.Instant;

/** One version of a kind's template. Versions never change: a new one is added. */
record Template(DocumentKind kind, int version, String source, String sha256, String origin, String createdBy,
        Instant createdAt) {

    static final String DEFAULT = "DEFAULT";
    static final String UPLOAD = "UPLOAD";

    /** Thymeleaf's name of this version: its parsed form is cached under it. */
    String name() {
        return kind.name() + "@" + version;
    }
}
