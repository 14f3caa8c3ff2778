package vn.danvan.messaging;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param partitions        partitions per topic; the unit of parallelism across nodes
 * @param replicationFactor 1 on a single broker, 3 on a production cluster
 */
@ConfigurationProperties("danvan.messaging")
public record MessagingProperties(@DefaultValue("6") int partitions, @DefaultValue("1") short replicationFactor) {
}
