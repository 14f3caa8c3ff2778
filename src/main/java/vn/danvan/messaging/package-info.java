/**
 * The event backbone: topics, the CloudEvents envelope, the outbox relay (Spring Modulith's event
 * publication registry, sent to Kafka after commit), the idempotent inbox and dead letters.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Messaging", type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package vn.danvan.messaging;
