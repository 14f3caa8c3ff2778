package vn.danvan.messaging;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.AdminClient;
import org.apache.kafka.clients.admin.ListOffsetsResult;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.kafka.listener.MessageListenerContainer;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Publishes {@code danvan_events_lag{group,topic}}: how many records each of this application's
 * consumer groups has yet to process, from the broker's committed offsets (so it is the same figure
 * on every node).
 */
@Component
class ConsumerLagMonitor {

    private static final Logger log = LoggerFactory.getLogger(ConsumerLagMonitor.class);

    private final KafkaListenerEndpointRegistry listeners;
    private final MeterRegistry registry;
    private final AdminClient admin;
    private final Map<String, AtomicLong> lags = new ConcurrentHashMap<>();

    ConsumerLagMonitor(KafkaListenerEndpointRegistry listeners, MeterRegistry registry, AdminClient admin) {
        this.listeners = listeners;
        this.registry = registry;
        this.admin = admin;
    }

    @Scheduled(fixedDelayString = "${danvan.messaging.lag-interval:PT15S}", initialDelay = 5000)
    void measure() {
        Set<String> groups = listeners.getListenerContainers().stream().map(MessageListenerContainer::getGroupId)
                .collect(Collectors.toSet());
        for (String group : groups) {
            try {
                measure(group);
            } catch (Exception e) {
                log.debug("Lag of {} not measured: {}", group, e.getMessage());
            }
        }
    }

    private void measure(String group) throws Exception {
        Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(group)
                .partitionsToOffsetAndMetadata().get(5, TimeUnit.SECONDS);
        if (committed.isEmpty()) {
            return;
        }
        Map<TopicPartition, ListOffsetsResult.ListOffsetsResultInfo> ends = admin.listOffsets(committed.keySet()
                .stream().collect(Collectors.toMap(tp -> tp, tp -> OffsetSpec.latest()))).all().get(5, TimeUnit.SECONDS);
        Map<String, Long> byTopic = new java.util.HashMap<>();
        committed.forEach((tp, offset) -> byTopic.merge(tp.topic(),
                Math.max(0, ends.get(tp).offset() - (offset == null ? 0 : offset.offset())), Long::sum));
        byTopic.forEach((topic, lag) -> lags.computeIfAbsent(group + "|" + topic, key -> {
            AtomicLong value = new AtomicLong();
            Gauge.builder("danvan.events.lag", value, AtomicLong::get)
                    .description("Records a consumer group has not processed yet")
                    .tag("group", group).tag("topic", topic).register(registry);
            return value;
        }).set(lag));
    }

}
