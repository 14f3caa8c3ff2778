package vn.danvan.faults;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.danvan.petition.PetitionCommuneProcess;
import vn.danvan.petition.PetitionDistrictProcess;
import vn.danvan.support.KafkaTestClient;

/**
 * Counts what a scenario left behind, one petition or case at a time, from PostgreSQL and the Kafka
 * topics only. A petition is lost when any of its traces is missing (no case, no process, no open
 * task, no event on {@code danvan.cases}, or its input on a dead-letter topic) and duplicated when
 * any of them is there twice. Cases themselves cannot be doubled in the table
 * ({@code petition_case.source_event_id} is unique): a broken inbox would show as a redelivered
 * event on the dead-letter topic, which counts as lost.
 */
final class Ledger {

    /** Per petition or case: which were lost and which were made twice. */
    record Tally(int count, Set<String> lost, Set<String> duplicated) {

        boolean settled() {
            return lost.isEmpty();
        }

        String line(String scenario, double recoverySeconds, String extra) {
            return String.format(java.util.Locale.ROOT, "FAULT %s cases=%d lost=%d duplicated=%d recovery_s=%.1f%s", scenario,
                    count, lost.size(), duplicated.size(), recoverySeconds, extra.isEmpty() ? "" : " " + extra);
        }
    }

    private final JdbcClient db;
    private final String bootstrapServers;
    private final ObjectMapper json = new ObjectMapper();

    Ledger(JdbcClient db, String bootstrapServers) {
        this.db = db;
        this.bootstrapServers = bootstrapServers;
    }

    /** Petitions sent to danvan.intake with these ids (ce_id = key = source event id). */
    Tally intake(List<String> sourceIds) {
        Map<String, List<String>> casesBySource = new HashMap<>();
        db.sql("SELECT source_event_id, case_id FROM petition_case WHERE source_event_id IN (:ids)").param("ids", sourceIds)
                .query((rs, row) -> casesBySource.computeIfAbsent(rs.getString(1), k -> new java.util.ArrayList<>())
                        .add(rs.getString(2)))
                .list();
        Map<String, String> caseOf = new HashMap<>();
        casesBySource.forEach((source, cases) -> caseOf.put(source, cases.get(0)));
        Map<String, Long> processes = processesPerCase(PetitionCommuneProcess.KEY, caseOf.values());
        Map<String, Long> tasks = tasksPerCase(PetitionCommuneProcess.TASK_CLASSIFY, caseOf.values());
        Map<String, Set<String>> received;
        Set<String> deadLettered;
        try (KafkaTestClient client = new KafkaTestClient(bootstrapServers)) {
            received = eventIdsPer(client, "vn.danvan.case.received", this::sourceEventId);
            deadLettered = deadLettered(client, "danvan.intake.DLT", r -> KafkaTestClient.header(r, "ce_id"));
        }
        Tally tally = new Tally(sourceIds.size(), new TreeSet<>(), new TreeSet<>());
        for (String source : sourceIds) {
            String caseId = caseOf.get(source);
            long caseCount = casesBySource.getOrDefault(source, List.of()).size();
            classify(tally, source, deadLettered.contains(source), caseCount,
                    caseId == null ? 0 : processes.getOrDefault(caseId, 0L),
                    caseId == null ? 0 : tasks.getOrDefault(caseId, 0L),
                    received.getOrDefault(source, Set.of()).size());
        }
        return tally;
    }

    /** Cases made through REST: each needs its process, its classification task and one received event. */
    Tally received(List<String> caseIds) {
        Map<String, Long> processes = processesPerCase(PetitionCommuneProcess.KEY, caseIds);
        Map<String, Long> tasks = tasksPerCase(PetitionCommuneProcess.TASK_CLASSIFY, caseIds);
        Map<String, Set<String>> received;
        try (KafkaTestClient client = new KafkaTestClient(bootstrapServers)) {
            received = eventIdsPer(client, "vn.danvan.case.received", ConsumerRecord::key);
        }
        Tally tally = new Tally(caseIds.size(), new TreeSet<>(), new TreeSet<>());
        for (String caseId : caseIds) {
            classify(tally, caseId, false, 1, processes.getOrDefault(caseId, 0L), tasks.getOrDefault(caseId, 0L),
                    received.getOrDefault(caseId, Set.of()).size());
        }
        return tally;
    }

    /** Cases forwarded to the district: one district process, one acceptance task, one forwarded event. */
    Tally forwarded(List<String> caseIds) {
        Map<String, Long> processes = processesPerCase(PetitionDistrictProcess.KEY, caseIds);
        Map<String, Long> tasks = tasksPerCase(PetitionDistrictProcess.TASK_ACCEPT, caseIds);
        Map<String, Set<String>> forwarded;
        Set<String> deadLettered;
        try (KafkaTestClient client = new KafkaTestClient(bootstrapServers)) {
            forwarded = eventIdsPer(client, "vn.danvan.case.forwarded", ConsumerRecord::key);
            deadLettered = deadLettered(client, "danvan.cases.DLT", ConsumerRecord::key);
        }
        Tally tally = new Tally(caseIds.size(), new TreeSet<>(), new TreeSet<>());
        for (String caseId : caseIds) {
            classify(tally, caseId, deadLettered.contains(caseId), 1, processes.getOrDefault(caseId, 0L),
                    tasks.getOrDefault(caseId, 0L), forwarded.getOrDefault(caseId, Set.of()).size());
        }
        return tally;
    }

    private static void classify(Tally tally, String id, boolean deadLettered, long... traces) {
        if (deadLettered || java.util.Arrays.stream(traces).anyMatch(n -> n == 0)) {
            tally.lost().add(id);
        }
        if (java.util.Arrays.stream(traces).anyMatch(n -> n > 1)) {
            tally.duplicated().add(id);
        }
    }

    private Map<String, Long> processesPerCase(String processKey, Collection<String> caseIds) {
        return countsPerCase("""
                SELECT e.business_key_, count(*) FROM act_ru_execution e JOIN act_re_procdef d ON d.id_ = e.proc_def_id_
                WHERE d.key_ = :key AND e.id_ = e.proc_inst_id_ AND e.business_key_ IN (:ids) GROUP BY e.business_key_""",
                processKey, caseIds);
    }

    private Map<String, Long> tasksPerCase(String taskKey, Collection<String> caseIds) {
        return countsPerCase("""
                SELECT e.business_key_, count(*) FROM act_ru_task t JOIN act_ru_execution e ON e.id_ = t.proc_inst_id_
                WHERE t.task_def_key_ = :key AND e.business_key_ IN (:ids) GROUP BY e.business_key_""", taskKey, caseIds);
    }

    private Map<String, Long> countsPerCase(String sql, String key, Collection<String> caseIds) {
        Map<String, Long> counts = new HashMap<>();
        if (caseIds.isEmpty()) {
            return counts;
        }
        db.sql(sql).param("key", key).param("ids", caseIds)
                .query((rs, row) -> counts.put(rs.getString(1), rs.getLong(2))).list();
        return counts;
    }

    /** Distinct event ids of one type per case or petition (a re-send of one event id is not a duplicate). */
    private Map<String, Set<String>> eventIdsPer(KafkaTestClient client, String type,
            Function<ConsumerRecord<String, byte[]>, String> owner) {
        Map<String, Set<String>> ids = new HashMap<>();
        for (ConsumerRecord<String, byte[]> record : client.readAll("danvan.cases",
                r -> type.equals(KafkaTestClient.header(r, "ce_type")))) {
            String key = owner.apply(record);
            if (key != null) {
                ids.computeIfAbsent(key, k -> new HashSet<>()).add(KafkaTestClient.header(record, "ce_id"));
            }
        }
        return ids;
    }

    private static Set<String> deadLettered(KafkaTestClient client, String topic,
            Function<ConsumerRecord<String, byte[]>, String> owner) {
        Set<String> owners = new HashSet<>();
        client.readAll(topic, r -> true).stream().map(owner).filter(Objects::nonNull).forEach(owners::add);
        return owners;
    }

    private String sourceEventId(ConsumerRecord<String, byte[]> record) {
        try {
            return json.readTree(record.value()).path("sourceEventId").asText(null);
        } catch (IOException e) {
            return null;
        }
    }
}
