/**
 * The one way a record with a timeline changes (a case, a conference, a campaign, a criticism): a
 * typed change applied under the row's lock, the sequence bumped, the timeline entry written and
 * the event published through the outbox, in one transaction.
 */
package vn.danvan.messaging.record;
