package vn.danvan.supervision;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.danvan.organization.Unit;
import vn.danvan.organization.UnitDirectory;
import vn.danvan.petition.RecurringSubjects;
import vn.danvan.petition.RecurringSubjects.RecurringSubject;
import vn.danvan.platform.engine.StepSupport;

/**
 * Petitions as input: when a commune receives {@code recurringPetitionThreshold} or more petitions
 * on one subject area within a quarter, the commune's Front committee gets a
 * Tasklist task proposing a campaign that links those cases. Each commune, area and quarter is
 * proposed once (a row in {@code supervision_proposal}), whichever node runs the check.
 */
@Service
class SupervisionProposals {

    private final RecurringSubjects recurring;
    private final RuntimeService runtimeService;
    private final UnitDirectory units;
    private final JdbcClient jdbc;
    private final SupervisionProperties properties;

    SupervisionProposals(RecurringSubjects recurring, RuntimeService runtimeService, UnitDirectory units,
            JdbcClient jdbc, SupervisionProperties properties) {
        this.recurring = recurring;
        this.runtimeService = runtimeService;
        this.units = units;
        this.jdbc = jdbc;
        this.properties = properties;
    }

    /** Looks at the quarter of {@code today} up to now; returns the proposals made this time. */
    @Transactional
    List<Proposal> scan(LocalDate today, Instant now) {
        int quarter = (today.getMonthValue() - 1) / 3 + 1;
        LocalDate start = LocalDate.of(today.getYear(), (quarter - 1) * 3 + 1, 1);
        Instant from = start.atStartOfDay(StepSupport.VIETNAM).toInstant();
        Instant to = start.plusMonths(3).atStartOfDay(StepSupport.VIETNAM).toInstant();
        List<Proposal> made = new ArrayList<>();
        for (RecurringSubject subject : recurring.find(properties.recurringPetitionThreshold(), from, to)) {
            Proposal proposal = new Proposal(subject.unitCode(), subject.subjectArea(), today.getYear(), quarter,
                    subject.caseIds());
            boolean isNew = jdbc.sql("""
                    INSERT INTO supervision_proposal (unit_code, subject_area, year, quarter, case_ids, proposed_at)
                    VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING""")
                    .params(proposal.unitCode(), proposal.subjectArea(), proposal.year(), quarter,
                            String.join(",", proposal.caseIds()), Timestamp.from(now)).update() == 1;
            if (isNew) {
                runtimeService.createProcessInstanceByKey(SupervisionProposalProcess.KEY).businessKey(proposal.key())
                        .setVariables(variables(proposal)).execute();
                made.add(proposal);
            }
        }
        return made;
    }

    private Map<String, Object> variables(Proposal p) {
        String commune = units.find(p.unitCode()).map(Unit::name).orElse(p.unitCode());
        String area = vn.danvan.petition.SubjectArea.labelOf(p.subjectArea());
        Map<String, Object> variables = new HashMap<>();
        // the commune's own Front committee reviews it: it knows the locality and supervises there
        String front = units.frontOf(p.unitCode()).code();
        variables.put(SupervisionProposalProcess.PROPOSAL_UNIT, front);
        variables.put(SupervisionProposalProcess.SUPERVISING_UNIT, front);
        variables.put(SupervisionProposalProcess.COMMUNE_CODE, p.unitCode());
        variables.put(SupervisionProposalProcess.COMMUNE_NAME, commune);
        variables.put(SupervisionProposalProcess.SUBJECT_AREA, p.subjectArea());
        variables.put(SupervisionProposalProcess.SUBJECT_AREA_LABEL, area);
        variables.put(SupervisionCampaignProcess.YEAR, p.year());
        variables.put(SupervisionProposalProcess.QUARTER, p.quarter());
        variables.put(SupervisionCampaignProcess.PLANNED_QUARTER, String.valueOf(Math.min(4, p.quarter() + 1)));
        variables.put(SupervisionProposalProcess.CASE_COUNT, p.caseIds().size());
        variables.put(SupervisionProposalProcess.CASE_IDS_TEXT, String.join(", ", p.caseIds()));
        variables.put(SupervisionCampaignProcess.LINKED_CASE_IDS, String.join(", ", p.caseIds()));
        variables.put(SupervisionCampaignProcess.SUBJECT, "Giải quyết kiến nghị về " + area.toLowerCase(java.util.Locale.ROOT)
                + " tại " + commune);
        variables.put(SupervisionCampaignProcess.SUPERVISED_BODY, "Ủy ban nhân dân " + commune.toLowerCase(java.util.Locale.ROOT));
        return variables;
    }

    /** A proposal: one commune, one subject area, one quarter, and the cases behind it. */
    record Proposal(String unitCode, String subjectArea, int year, int quarter, List<String> caseIds) {

        String key() {
            return "PROPOSAL-" + unitCode.toUpperCase(java.util.Locale.ROOT) + "-" + subjectArea + "-" + year + "-Q" + quarter;
        }
    }
}
