package vn.danvan.supervision;

import java.time.LocalDate;
import java.util.List;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.security.access.AccessDeniedException;
import vn.danvan.organization.Caller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.danvan.platform.engine.StepSupport;

/** The yearly programme: targets per unit, and campaign proposals from recurring petitions on demand. */
@RestController
class SupervisionProgrammeController {

    private final SupervisionTargets targets;
    private final SupervisionProposals proposals;
    private final SupervisionAccess access;

    SupervisionProgrammeController(SupervisionTargets targets, SupervisionProposals proposals, SupervisionAccess access) {
        this.targets = targets;
        this.proposals = proposals;
        this.access = access;
    }

    @GetMapping("/api/supervisions/targets")
    List<SupervisionTargets.Target> targets(@RequestParam(required = false) Integer year) {
        return targets.of(year != null ? year : today().getYear());
    }

    /** Runs the recurring-petition check now rather than at the next daily run. */
    @PostMapping("/api/supervisions/proposals/scan")
    List<SupervisionProposals.Proposal> scan(Caller user) {
        if (!access.canScanPetitions(user)) {
            throw new AccessDeniedException("Only administrators, the committee and Front committees may run the check");
        }
        return proposals.scan(today(), ClockUtil.getCurrentTime().toInstant());
    }

    private static LocalDate today() {
        return LocalDate.ofInstant(ClockUtil.getCurrentTime().toInstant(), StepSupport.VIETNAM);
    }
}
