/**
 * The published language of danvan's events: event types and the records of their data. Producers
 * and consumers in every module use these records; outside systems read docs/events.md.
 */
package vn.danvan.messaging.contract;
