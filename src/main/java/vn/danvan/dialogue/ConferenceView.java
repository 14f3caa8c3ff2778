package vn.danvan.dialogue;

import java.util.List;

/** A conference as officers see it through the API: the record, its items and its history. */
public record ConferenceView(Conference conference, String statusLabel, List<Question> questions,
        List<Commitment> commitments, List<Commitment> carriedOver, List<HistoryEntry> history) {
}
