package vn.danvan.supervision;

import jakarta.validation.constraints.Size;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import vn.danvan.organization.Caller;
import vn.danvan.organization.UnitScope;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.danvan.supervision.RecommendationAnswers.AnswerRefusedException;

/** Campaigns and recommendations over REST: the view of officers and the door of supervised bodies. */
@RestController
class SupervisionController {

    private final SupervisionCampaigns campaigns;
    private final SupervisionRecommendations recommendations;
    private final RecommendationAnswers answers;
    private final SupervisionAccess access;
    private final CampaignInspections inspections;

    SupervisionController(SupervisionCampaigns campaigns, SupervisionRecommendations recommendations,
            RecommendationAnswers answers, SupervisionAccess access, CampaignInspections inspections) {
        this.inspections = inspections;
        this.campaigns = campaigns;
        this.recommendations = recommendations;
        this.answers = answers;
        this.access = access;
    }

    @GetMapping("/api/supervisions")
    List<CampaignView.Summary> list(@RequestParam(required = false) Integer year, Caller user) {
        return campaigns.list(access.seesAll(user) ? UnitScope.all() : user.scope(), year).stream()
                .map(CampaignView.Summary::of).toList();
    }

    @GetMapping("/api/supervisions/{campaignId}")
    CampaignView view(@PathVariable String campaignId, Caller user) {
        Campaign campaign = visible(campaignId, user);
        return CampaignView.of(campaign, recommendations.ofCampaign(campaignId), campaigns.history(campaignId));
    }

    @PostMapping("/api/supervisions/{campaignId}/recommendations/{recommendationId}/answer")
    Recommendation answer(@PathVariable String campaignId, @PathVariable String recommendationId,
            @jakarta.validation.Valid @RequestBody AnswerRequest request, Caller user) {
        Campaign campaign = visible(campaignId, user);
        if (!access.canAnswer(user, campaign)) {
            throw new AccessDeniedException("Only the supervising unit or a supervised body's service account may answer");
        }
        return answers.answer(campaignId, recommendationId, new Answer(request.response(), request.text(), request.reason()),
                RecommendationAnswers.REST, user.userId());
    }

    @PostMapping("/api/supervisions/{campaignId}/self-report")
    CampaignView.Summary selfReport(@PathVariable String campaignId, @jakarta.validation.Valid @RequestBody SelfReportRequest request,
            Caller user) {
        Campaign campaign = visible(campaignId, user);
        if (!access.canAnswer(user, campaign)) {
            throw new AccessDeniedException("Only the supervising unit or a supervised body's service account may report");
        }
        return CampaignView.Summary.of(answers.selfReport(campaignId, request.summary(), user.userId()));
    }

    /**
     * A finding of the campaign about a Party member goes to the committee's inspection commission
     * (process {@code party-inspection}). The supervising unit asks; 409 with the reason when it does
     * not apply (no findings yet, one already open).
     */
    @PostMapping("/api/supervisions/{campaignId}/party-inspection")
    ResponseEntity<vn.danvan.inspection.PartyInspection> partyInspection(@PathVariable String campaignId,
            @jakarta.validation.Valid @RequestBody PartyInspectionRequest request, Caller user) {
        Campaign campaign = visible(campaignId, user);
        if (!user.administers() && !user.isIn(campaign.unitCode())) {
            throw new AccessDeniedException("Only the supervising unit asks for a Party inspection");
        }
        return ResponseEntity.status(HttpStatus.CREATED).body(inspections.start(campaignId, request.finding(), user.userId()));
    }

    @GetMapping("/api/supervisions/{campaignId}/party-inspections")
    List<vn.danvan.inspection.PartyInspection> partyInspections(@PathVariable String campaignId, Caller user) {
        visible(campaignId, user);
        return inspections.of(campaignId);
    }

    private Campaign visible(String campaignId, Caller user) {
        return campaigns.find(campaignId).filter(c -> access.canView(user, c))
                .orElseThrow(() -> new CampaignNotFoundException(campaignId));
    }

    record AnswerRequest(Answer.Response response, @Size(max = 20000) String text, @Size(max = 4000) String reason) {
    }

    record SelfReportRequest(@Size(max = 20000) String summary) {
    }

    /** @param finding what the campaign found about the Party member, for the commission (required) */
    record PartyInspectionRequest(@jakarta.validation.constraints.NotBlank @Size(max = 4000) String finding) {
    }

    @ExceptionHandler(vn.danvan.platform.engine.StepRejectedException.class)
    ResponseEntity<ProblemDetail> notApplicable(vn.danvan.platform.engine.StepRejectedException e) {
        return ResponseEntity.status(HttpStatus.CONFLICT).body(ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
                e.getMessage()));
    }

    @ExceptionHandler(CampaignNotFoundException.class)
    ResponseEntity<ProblemDetail> notFound(CampaignNotFoundException e) {
        return ResponseEntity.status(404).body(ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND,
                "No such campaign or recommendation, or you may not see it"));
    }

    @ExceptionHandler(AnswerRefusedException.class)
    ResponseEntity<ProblemDetail> refused(AnswerRefusedException e) {
        boolean conflict = !e.field().equals("response") && !e.field().equals("reason") && !e.field().equals("summary");
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(conflict ? HttpStatus.CONFLICT : HttpStatus.BAD_REQUEST,
                e.getMessage());
        problem.setProperty("errors", List.of(java.util.Map.of("field", e.field(), "message",
                e.getMessage().substring(e.field().length() + 1))));
        return ResponseEntity.status(problem.getStatus()).body(problem);
    }
}
