package vn.danvan.messaging;

import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.AdminClient;
import org.apache.kafka.clients.admin.DescribeClusterOptions;
import org.apache.kafka.clients.admin.DescribeClusterResult;
import org.springframework.boot.actuate.health.AbstractHealthIndicator;
import org.springframework.boot.actuate.health.Health;
import org.springframework.stereotype.Component;

/** Reports the broker UP when the cluster answers within two seconds (Boot has no Kafka indicator). */
@Component("kafka")
class KafkaHealthIndicator extends AbstractHealthIndicator {

    private final AdminClient admin;

    KafkaHealthIndicator(AdminClient admin) {
        super("Kafka health check failed");
        this.admin = admin;
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) throws Exception {
        DescribeClusterResult cluster = admin.describeCluster(new DescribeClusterOptions().timeoutMs(2000));
        int nodes = cluster.nodes().get(2, TimeUnit.SECONDS).size();
        builder.up()
                .withDetail("clusterId", cluster.clusterId().get(2, TimeUnit.SECONDS))
                .withDetail("nodes", nodes);
    }

}
