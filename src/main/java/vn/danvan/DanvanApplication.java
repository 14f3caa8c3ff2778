package vn.danvan;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * danvan: petitions, dialogue conferences and supervision campaigns as Camunda 7 processes,
 * connected through Kafka events.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
public class DanvanApplication {

    public static void main(String[] args) {
        SpringApplication.run(DanvanApplication.class, args);
    }
}
