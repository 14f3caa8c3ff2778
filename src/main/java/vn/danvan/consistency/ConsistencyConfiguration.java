package vn.danvan.consistency;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.danvan.messaging.OutboxProperties;

@Configuration(proxyBeanMethods = false)
class ConsistencyConfiguration {

    @Bean
    ConsistencyChecker consistencyChecker(JdbcClient jdbc, OutboxProperties outbox) {
        return new ConsistencyChecker(jdbc, outbox.resendWindow());
    }
}
