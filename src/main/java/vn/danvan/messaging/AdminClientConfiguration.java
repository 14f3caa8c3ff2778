package vn.danvan.messaging;

import java.util.HashMap;
import java.util.Map;
import org.apache.kafka.clients.admin.AdminClient;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.core.KafkaAdmin;

/**
 * One long-lived admin client (one network thread) for the health indicator and the lag monitor,
 * with KafkaAdmin's connection settings (security included) and short timeouts: both ask often and
 * must not hang when the broker is away. Each call can shorten them further.
 */
@Configuration(proxyBeanMethods = false)
class AdminClientConfiguration {

    @Bean(destroyMethod = "close")
    AdminClient monitoringAdminClient(KafkaAdmin kafkaAdmin) {
        Map<String, Object> config = new HashMap<>(kafkaAdmin.getConfigurationProperties());
        config.put(AdminClientConfig.CLIENT_ID_CONFIG, "danvan-monitoring");
        config.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 5000);
        config.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 5000);
        return AdminClient.create(config);
    }
}
