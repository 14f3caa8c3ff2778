package vn.danvan.platform.web;

import java.lang.management.ManagementFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Logs one line with the addresses and, in the local run, the demo accounts once everything is up. */
@Component
class ReadyLog {

    private static final Logger log = LoggerFactory.getLogger(ReadyLog.class);

    private final boolean demo;

    ReadyLog(@Value("${danvan.demo.enabled:false}") boolean demo) {
        this.demo = demo;
    }

    @EventListener
    void onReady(ApplicationReadyEvent event) {
        if (!(event.getApplicationContext() instanceof WebServerApplicationContext web)) {
            return;
        }
        String base = "http://localhost:" + web.getWebServer().getPort();
        long uptime = ManagementFactory.getRuntimeMXBean().getUptime();
        log.info("danvan ready in {} ms: Tasklist {}/camunda/app/tasklist/ | Cockpit {}/camunda/app/cockpit/ | "
                + "Admin {}/camunda/app/admin/ | Dashboard {}/dashboard | Health {}/actuator/health{}",
                uptime, base, base, base, base, base,
                demo ? " | demo accounts: admin and those listed above, password 'demo'" : "");
    }
}
