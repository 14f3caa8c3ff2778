package vn.danvan.dashboard;

import vn.danvan.support.KafkaTestClient;

/** Sends a case event whose id is markup, as a hostile producer on the topic could. */
public final class HostileEvents {

    private HostileEvents() {
    }

    public static void send(KafkaTestClient kafka, String caseId) {
        DashboardEvents.caseEvent(kafka, caseId, "hostileunit", 1, "received", "RECEIVED", null, "ON_TIME",
                "2026-11-10T02:00:00Z");
    }
}
