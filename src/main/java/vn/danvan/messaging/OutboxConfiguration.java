package vn.danvan.messaging;

import java.util.concurrent.Executor;
import java.util.concurrent.ThreadPoolExecutor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;

/** Threads of the outbox relay, kept apart from Camunda's and the web server's. */
@Configuration(proxyBeanMethods = false)
class OutboxConfiguration {

    /**
     * One thread, so records reach the producer in commit order; a send only appends to the
     * producer's buffer, so one thread keeps up. Bounded: past it, events wait in the outbox table.
     */
    @Bean
    Executor outboxRelayExecutor(OutboxProperties properties) {
        ThreadPoolTaskExecutor executor = new ThreadPoolTaskExecutor();
        executor.setThreadNamePrefix("outbox-relay-");
        executor.setCorePoolSize(1);
        executor.setMaxPoolSize(1);
        executor.setQueueCapacity(properties.relayQueueCapacity());
        executor.setRejectedExecutionHandler(new ThreadPoolExecutor.AbortPolicy());
        executor.setWaitForTasksToCompleteOnShutdown(true);
        executor.setAwaitTerminationSeconds(10);
        executor.initialize();
        return executor;
    }

    /** Marks publications completed (one database statement each) off the producer's I/O thread. */
    @Bean
    Executor outboxCompletionExecutor(OutboxProperties properties) {
        ThreadPoolTaskExecutor executor = new ThreadPoolTaskExecutor();
        executor.setThreadNamePrefix("outbox-done-");
        executor.setCorePoolSize(properties.completionThreads());
        executor.setMaxPoolSize(properties.completionThreads());
        executor.setQueueCapacity(Integer.MAX_VALUE);
        executor.setWaitForTasksToCompleteOnShutdown(true);
        executor.setAwaitTerminationSeconds(10);
        executor.initialize();
        return executor;
    }
}
