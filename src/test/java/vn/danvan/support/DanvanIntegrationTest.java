package vn.danvan.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * The whole application on the embedded PostgreSQL and Kafka broker, on a random HTTP port. Every
 * test class with this annotation shares one Spring context (and one set of servers), and after each
 * test the consistency checker looks at what it changed ({@link ConsistencyCheck}). Waits look at once
 * ({@link AwaitDefaults}).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@AutoConfigureObservability(tracing = false)
@ExtendWith({AwaitDefaults.class, ConsistencyCheck.class})
public @interface DanvanIntegrationTest {
}
