package vn.danvan.supervision;

import java.time.LocalDate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import vn.danvan.platform.engine.StepSupport;

/**
 * Runs the daily checks: the yearly target and recurring petition subjects. Both are idempotent
 * per unit (rows with unique keys), so every node may run them.
 */
@Component
class SupervisionScheduler {

    private static final Logger log = LoggerFactory.getLogger(SupervisionScheduler.class);

    private final SupervisionTargets targets;
    private final SupervisionProposals proposals;

    SupervisionScheduler(SupervisionTargets targets, SupervisionProposals proposals) {
        this.targets = targets;
        this.proposals = proposals;
    }

    @Scheduled(cron = "${danvan.supervision.check-cron:0 0 7 * * *}", zone = "Asia/Ho_Chi_Minh")
    void daily() {
        var now = ClockUtil.getCurrentTime().toInstant();
        LocalDate today = LocalDate.ofInstant(now, StepSupport.VIETNAM);
        var reminders = targets.check(today, now);
        var proposed = proposals.scan(today, now);
        log.info("Supervision checks on {}: {} target follow-ups, {} campaign proposals", today, reminders.size(),
                proposed.size());
    }
}
