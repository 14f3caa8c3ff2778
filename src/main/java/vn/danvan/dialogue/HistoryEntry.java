package vn.danvan.dialogue;

import java.time.Instant;

/** One change in a conference's life: what happened, to which question or commitment, by whom. */
public record HistoryEntry(int sequence, Instant at, String action, String itemId, String actor, String note) {
}
