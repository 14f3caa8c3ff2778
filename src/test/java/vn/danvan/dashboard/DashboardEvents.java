package vn.danvan.dashboard;

import java.util.Map;
import vn.danvan.support.KafkaTestClient;

/** Case events as the petition module publishes them, for feeding the projection in tests. */
final class DashboardEvents {

    private DashboardEvents() {
    }

    static void caseEvent(KafkaTestClient kafka, String caseId, String unit, long sequence, String change,
            String status, String type, String lateState, String receivedAt) {
        String data = """
                {"caseId": "%s", "trackingCode": "TEST-0000-0000", "level": "COMMUNE", "unitCode": "%s",
                 "originUnitCode": "%s", "status": "%s", "type": %s, "receivedAt": "%s", "lateState": "%s",
                 "channel": "WALK_IN", "actor": "test", "sequence": %d}"""
                .formatted(caseId, unit, unit, status, type == null ? "null" : "\"" + type + "\"", receivedAt,
                        lateState, sequence);
        kafka.send("danvan.cases", caseId, data, Map.of("ce_id", caseId + "-" + sequence,
                "ce_type", "vn.danvan.case." + change, "ce_source", "/danvan/petition", "ce_specversion", "1.0",
                "ce_time", "2026-11-2" + Math.min(sequence, 7) + "T0" + sequence + ":00:00Z", "content-type", "application/json"));
    }
}
