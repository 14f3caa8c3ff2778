package vn.danvan.petition;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.net.URI;
import java.time.Instant;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import vn.danvan.organization.Caller;
import vn.danvan.platform.web.PublicLinks;

/**
 * An officer records a complainant's request for a second instance of a case their unit may see
 * (docs/second-instance.md). A case the caller may not see is 404, as for the case itself; a request
 * that does not apply is 409 or 422 with the reason; a missing reason is 400 naming {@code reason}.
 */
@RestController
class SecondInstanceController {

    private final SecondInstances secondInstances;
    private final PetitionCases cases;
    private final CaseAccess access;
    private final PublicLinks links;

    SecondInstanceController(SecondInstances secondInstances, PetitionCases cases, CaseAccess access, PublicLinks links) {
        this.secondInstances = secondInstances;
        this.cases = cases;
        this.access = access;
        this.links = links;
    }

    record Body(String reason) {
    }

    /** What the request made: the second-instance case, or the referral outside danvan. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Answer(String firstCaseId, String secondCaseId, String trackingCode, String statusUrl, String trigger,
            String firstResolverUnit, String resolverUnit, String referredTo, Instant windowEndsAt) {
    }

    @PostMapping("/api/cases/{caseId}/second-instance")
    ResponseEntity<Answer> request(@PathVariable String caseId, @RequestBody(required = false) Body body, Caller user) {
        PetitionCase first = visible(caseId, user);
        SecondInstances.Request request = secondInstances.request(first.caseId(), body == null ? null : body.reason(),
                user.userId(), SecondInstances.Door.REST);
        Answer answer = new Answer(request.firstCaseId(), request.secondCaseId(), request.secondTrackingCode(),
                request.inSystem() ? links.statusPage(request.secondTrackingCode()) : null, request.trigger(),
                request.firstResolverUnit(), request.resolverUnit(), request.referredTo(), request.windowEndsAt());
        return ResponseEntity.created(URI.create(request.inSystem() ? "/api/cases/" + request.secondCaseId()
                : "/api/cases/" + first.caseId() + "/second-instance")).body(answer);
    }

    @GetMapping("/api/cases/{caseId}/second-instance")
    SecondInstances.Link link(@PathVariable String caseId, Caller user) {
        PetitionCase c = visible(caseId, user);
        return secondInstances.find(c.caseId()).or(() -> secondInstances.ofSecond(c.caseId()))
                .orElseThrow(() -> new CaseNotFoundException(caseId + "/second-instance"));
    }

    private PetitionCase visible(String caseId, Caller user) {
        return cases.find(caseId).filter(c -> access.canView(user, c)).orElseThrow(() -> new CaseNotFoundException(caseId));
    }
}
