package vn.danvan;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableScheduling;
import vn.danvan.platform.backup.RestoreCommand;

/**
 * danvan: petitions, dialogue conferences and supervision campaigns as Camunda 7 processes,
 * connected through Kafka events.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
public class DanvanApplication {

    public static void main(String[] args) {
        if (args.length > 0 && RestoreCommand.NAME.equals(args[0])) {
            // with the application stopped, and without starting it: the database is being replaced
            RestoreCommand.quietLogging();
            System.exit(RestoreCommand.run(args, System.out));
        }
        SpringApplication.run(DanvanApplication.class, args);
    }
}
