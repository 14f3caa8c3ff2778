package vn.danvan.consistency;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.danvan.organization.Caller;
import vn.danvan.petition.CaseNotFoundException;
import vn.danvan.petition.PetitionCases;

/** The consistency reports and the case repairs, for administrators (docs/reliability.md). */
@RestController
class ConsistencyController {

    private final NightlyConsistencyCheck nightly;
    private final ConsistencyChecker checker;
    private final CaseRepairs repairs;
    private final PetitionCases cases;

    ConsistencyController(NightlyConsistencyCheck nightly, ConsistencyChecker checker, CaseRepairs repairs,
            PetitionCases cases) {
        this.nightly = nightly;
        this.checker = checker;
        this.repairs = repairs;
        this.cases = cases;
    }

    /** The last nightly report; {@code ?now=true} checks everything now (and keeps that as the latest). */
    @GetMapping("/api/admin/consistency")
    ConsistencyReport report(@RequestParam(defaultValue = "false") boolean now, Caller caller) {
        administrator(caller);
        return now ? nightly.run() : nightly.latest();
    }

    @GetMapping("/api/admin/consistency/cases/{caseId}")
    ConsistencyReport ofCase(@PathVariable String caseId, Caller caller) {
        administrator(caller);
        existing(caseId);
        return checker.check(CheckScope.oneCase(caseId, ClockUtil.getCurrentTime().toInstant()));
    }

    /** Applies the documented repairs the case's violations allow; answers the case's report after them. */
    @PostMapping("/api/admin/consistency/cases/{caseId}/repair")
    ConsistencyReport repair(@PathVariable String caseId, Caller caller) {
        administrator(caller);
        existing(caseId);
        repairs.repair(caseId, caller.userId());
        return checker.check(CheckScope.oneCase(caseId, ClockUtil.getCurrentTime().toInstant()));
    }

    private void existing(String caseId) {
        if (cases.find(caseId).isEmpty()) {
            throw new CaseNotFoundException(caseId);
        }
    }

    private static void administrator(Caller caller) {
        if (!caller.administers()) {
            throw new AccessDeniedException("Only administrators read and repair the consistency of the records");
        }
    }
}
