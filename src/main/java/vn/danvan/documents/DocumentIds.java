package vn.danvan.documents;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * A document's id is a name-based UUID (version 3) of the triggering event's {@code ce_id} and the
 * kind: a redelivered event finds its documents already issued, and the intake can give the
 * receipt's address before the receipt exists.
 */
final class DocumentIds {

    private DocumentIds() {
    }

    static UUID of(String eventId, DocumentKind kind) {
        return UUID.nameUUIDFromBytes(("danvan-document:" + eventId + ":" + kind.name()).getBytes(StandardCharsets.UTF_8));
    }

    /** A correction has no event: it is named after the document it corrects and the correction's number. */
    static UUID correction(UUID corrected, int number) {
        return UUID.nameUUIDFromBytes(("danvan-correction:" + corrected + ":" + number).getBytes(StandardCharsets.UTF_8));
    }
}
