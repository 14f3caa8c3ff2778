/**
 * Tells citizens about their case: consumes {@code danvan.cases} in its own consumer group and sends,
 * to citizens who gave a contact and consent, an e-mail (SMTP), an SMS (a brandname-SMS HTTP gateway)
 * and a Zalo ZNS message (Zalo's HTTP API) at the steps that concern them. Each message once per
 * event, with retries and a dead letter; each one sent is a step on the case's timeline.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Notification")
package vn.danvan.notification;
