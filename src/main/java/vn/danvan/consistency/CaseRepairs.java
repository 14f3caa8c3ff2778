package vn.danvan.consistency;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.danvan.petition.CaseStatus;
import vn.danvan.petition.PetitionCase;
import vn.danvan.petition.PetitionCases;
import vn.danvan.petition.PetitionLinks;
import vn.danvan.petition.SettledCaseProcesses;

/**
 * The repairs an administrator may apply to one case, each safe to apply twice and each noted on the
 * case's timeline. Today: a resolved case whose process still waits at a step that resolves it goes
 * on to informing the citizen. The dashboard's read model is repaired by its rebuild
 * ({@code POST /api/dashboard/rebuild}), which replays the topics.
 */
@Service
class CaseRepairs {

    private final PetitionCases cases;
    private final SettledCaseProcesses processes;
    private final PetitionLinks timeline;

    CaseRepairs(PetitionCases cases, SettledCaseProcesses processes, PetitionLinks timeline) {
        this.cases = cases;
        this.processes = processes;
        this.timeline = timeline;
    }

    @Transactional
    void repair(String caseId, String administrator) {
        PetitionCase c = cases.get(caseId);
        if (c.status() == CaseStatus.RESOLVED && processes.waitsElsewhere(caseId)) {
            processes.moveToInformCitizen(caseId, c.outcome(), c.conclusion(), "consistency repair by " + administrator);
            timeline.repaired(caseId, "Quản trị viên khôi phục quy trình: hồ sơ đã có kết quả, chuyển sang bước thông báo "
                    + "kết quả cho công dân", administrator);
        }
    }
}
