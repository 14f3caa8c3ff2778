package vn.danvan.dashboard;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Rebuilds the read model from the topics: empties its tables and moves this node's dashboard
 * consumer back to offset zero on every partition it holds. Run it where one node holds all
 * partitions (a single node, or after scaling the others down), see docs/dashboard.md.
 */
@Service
class DashboardRebuild {

    private final JdbcClient jdbc;
    private final DashboardListener listener;
    private final KafkaListenerEndpointRegistry registry;

    DashboardRebuild(JdbcClient jdbc, DashboardListener listener, KafkaListenerEndpointRegistry registry) {
        this.jdbc = jdbc;
        this.listener = listener;
        this.registry = registry;
    }

    @Transactional
    public int rebuild() {
        var container = registry.getListenerContainer(DashboardListener.ID);
        container.pause();
        try {
            jdbc.sql("""
                    TRUNCATE dash_case, dash_case_event, dash_case_bucket, dash_closed_bucket, dash_dialogue,
                        dash_commitment, dash_written_answer, dash_supervision, dash_recommendation, dash_reception_day""").update();
            return listener.rewind();
        } finally {
            container.resume();
        }
    }
}
