package vn.danvan.dashboard;

import java.util.Map;
import vn.danvan.support.KafkaTestClient;

/** Events as the petition and supervision modules publish them, for feeding the projection in tests. */
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

    static void supervisionEvent(KafkaTestClient kafka, String campaignId, String unit, int year, long sequence,
            String change, String status) {
        String data = """
                {"campaignId": "%s", "unitCode": "%s", "year": %d, "status": "%s", "subject": "Kiểm thử",
                 "actor": "test", "sequence": %d}""".formatted(campaignId, unit, year, status, sequence);
        kafka.send("danvan.supervisions", campaignId, data, Map.of("ce_id", campaignId + "-" + sequence,
                "ce_type", "vn.danvan.supervision." + change, "ce_source", "/danvan/supervision", "ce_specversion", "1.0",
                "content-type", "application/json"));
    }
}
