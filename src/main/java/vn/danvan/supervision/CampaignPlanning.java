package vn.danvan.supervision;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import vn.danvan.organization.Unit;
import vn.danvan.organization.UnitDirectory;
import vn.danvan.petition.PetitionCases;
import vn.danvan.platform.engine.StepRejectedException;
import vn.danvan.supervision.SupervisionCampaigns.NewCampaign;

/**
 * Puts a campaign in a unit's programme after checking it: the Tasklist start form, a
 * re-supervision ordered by the committee and a proposal from recurring petitions all come here.
 */
@Service
class CampaignPlanning {

    private final SupervisionCampaigns campaigns;
    private final UnitDirectory units;
    private final PetitionCases cases;
    private final RuntimeService runtimeService;

    CampaignPlanning(SupervisionCampaigns campaigns, UnitDirectory units, PetitionCases cases,
            RuntimeService runtimeService) {
        this.campaigns = campaigns;
        this.units = units;
        this.cases = cases;
        this.runtimeService = runtimeService;
    }

    /** Checks and registers a campaign; throws {@link StepRejectedException} naming what is wrong. */
    @Transactional(propagation = Propagation.MANDATORY)
    Campaign plan(NewCampaign c, String actor) {
        Unit unit = units.find(c.unitCode()).orElseThrow(() -> rejected("không có đơn vị mã '" + c.unitCode() + "'"));
        if (!unit.kind().supervises()) {
            throw rejected(unit.name() + " không phải Mặt trận hoặc đoàn thể: chỉ Mặt trận, đoàn thể chủ trì giám sát");
        }
        if (c.plannedQuarter() < 1 || c.plannedQuarter() > 4) {
            throw rejected("quý phải từ 1 đến 4");
        }
        if (c.year() < 2020 || c.year() > 2100) {
            throw rejected("năm không hợp lệ");
        }
        if (blank(c.subject()) || blank(c.supervisedBody())) {
            throw rejected("cần nêu nội dung và đối tượng giám sát");
        }
        for (String caseId : c.caseIds()) {
            if (cases.find(caseId).isEmpty()) {
                throw rejected("không có hồ sơ đơn thư " + caseId);
            }
        }
        return campaigns.register(c, actor);
    }

    /** Plans a campaign and starts its process (re-supervisions, proposals): it waits for the committee's agreement. */
    @Transactional(propagation = Propagation.MANDATORY)
    Campaign planAndStart(NewCampaign c, String actor) {
        Campaign campaign = plan(c, actor);
        runtimeService.createProcessInstanceByKey(SupervisionCampaignProcess.KEY).businessKey(campaign.campaignId())
                .setVariables(variables(campaign)).execute();
        return campaign;
    }

    Map<String, Object> variables(Campaign campaign) {
        Map<String, Object> variables = new HashMap<>();
        variables.put(SupervisionCampaignProcess.CAMPAIGN_ID, campaign.campaignId());
        variables.put(SupervisionCampaignProcess.UNIT_CODE, campaign.unitCode());
        // the Party committee that leads the supervising unit agrees its programme and hears escalations
        variables.put(SupervisionCampaignProcess.COMMITTEE_UNIT, units.leadingCommittee(campaign.unitCode()).code());
        variables.put(SupervisionCampaignProcess.SUBJECT, campaign.subject());
        variables.put(SupervisionCampaignProcess.SUPERVISED_BODY, campaign.supervisedBody());
        variables.put(SupervisionCampaignProcess.YEAR, campaign.year());
        variables.put(SupervisionCampaignProcess.PLANNED_QUARTER, campaign.plannedQuarter());
        variables.put(SupervisionCampaignProcess.LINKED_CASE_IDS, String.join(", ", campaign.caseIds()));
        variables.put(SupervisionCampaignProcess.RESUPERVISION_OF, campaign.resupervisionOf());
        return variables;
    }

    static List<String> caseIds(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return java.util.Arrays.stream(text.split(",")).map(String::strip).filter(id -> !id.isEmpty()).distinct().toList();
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    private static StepRejectedException rejected(String reason) {
        return new StepRejectedException("Không lập được cuộc giám sát: " + reason + ".");
    }
}
