package vn.danvan.portal;

import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import vn.danvan.organization.Unit;
import vn.danvan.organization.UnitDirectory;
import vn.danvan.petition.CaseAttachments;
import vn.danvan.petition.CaseDocumentLinks;
import vn.danvan.petition.CaseReceipt;
import vn.danvan.petition.CitizenFeedback;
import vn.danvan.petition.DataSubjectRequests;
import vn.danvan.petition.PetitionCase;
import vn.danvan.petition.PetitionCases;
import vn.danvan.platform.web.InvalidInputException;
import vn.danvan.platform.web.PublicLinks;

/** The portal's API: the communes to choose from, filing a petition with files, rating, disagreeing. */
@RestController
class PortalController {

    static final String IDEMPOTENCY_KEY = "Idempotency-Key";
    private static final Pattern KEY = Pattern.compile("[A-Za-z0-9._:-]{1,100}");

    private final CitizenSubmissions submissions;
    private final CitizenFeedback feedback;
    private final DataSubjectRequests dataRequests;
    private final PetitionCases cases;
    private final UnitDirectory units;
    private final PublicLinks links;
    private final ObjectProvider<CaseDocumentLinks> documents;

    PortalController(CitizenSubmissions submissions, CitizenFeedback feedback, PetitionCases cases, UnitDirectory units,
            PublicLinks links, ObjectProvider<CaseDocumentLinks> documents, DataSubjectRequests dataRequests) {
        this.dataRequests = dataRequests;
        this.submissions = submissions;
        this.feedback = feedback;
        this.cases = cases;
        this.units = units;
        this.links = links;
        this.documents = documents;
    }

    /** What the portal answers: the tracking code, the status page, and the receipt when it is issued. */
    record Filed(String trackingCode, String statusUrl, String receipt) {
    }

    record Commune(String code, String name) {
    }

    record Rating(Integer stars, String comment) {
    }

    /** A request to see ({@code ACCESS}) or correct ({@code CORRECTION}, with what to change) one's data. */
    record DataRequest(String kind, String details) {
    }

    record Disagreement(String reason) {
    }

    @GetMapping("/api/public/communes")
    List<Commune> communes() {
        return units.all().stream().filter(unit -> unit.kind().receivesPetitions())
                .sorted(java.util.Comparator.comparing(Unit::name)).map(unit -> new Commune(unit.code(), unit.name()))
                .toList();
    }

    @PostMapping(path = "/api/public/petitions", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<Filed> file(@RequestPart("petition") PortalPetition petition,
            @RequestPart(name = "attachments", required = false) List<MultipartFile> attachments,
            @RequestHeader(name = IDEMPOTENCY_KEY, required = false) String key) throws IOException {
        String sourceId = sourceIdOf(key);
        if (sourceId != null) {
            var earlier = cases.findBySourceEvent(sourceId);
            if (earlier.isPresent()) {
                return ResponseEntity.ok(filed(earlier.get()));
            }
        }
        List<CaseAttachments.NewAttachment> files = new ArrayList<>();
        for (MultipartFile file : attachments == null ? List.<MultipartFile>of() : attachments) {
            if (!file.isEmpty() || file.getOriginalFilename() != null && !file.getOriginalFilename().isBlank()) {
                files.add(new CaseAttachments.NewAttachment(file.getOriginalFilename(), file.getBytes()));
            }
        }
        CaseReceipt receipt;
        try {
            receipt = submissions.submit(petition, files, sourceId);
        } catch (DuplicateKeyException raced) {
            // the same key at the same moment: the other request filed the case
            return cases.findBySourceEvent(sourceId).map(c -> ResponseEntity.ok(filed(c)))
                    .orElseThrow(() -> raced);
        }
        Filed answer = filed(cases.find(receipt.caseId()).orElseThrow());
        return ResponseEntity.created(URI.create(answer.statusUrl())).body(answer);
    }

    @PostMapping("/api/public/cases/{trackingCode}/rating")
    ResponseEntity<Map<String, Object>> rate(@PathVariable String trackingCode, @RequestBody Rating rating) {
        feedback.rate(trackingCode, rating.stars(), rating.comment());
        return ResponseEntity.status(201).body(Map.of("trackingCode", trackingCode, "stars", rating.stars()));
    }

    /**
     * The citizen asks to see or correct the personal data the case holds about them: a task for the
     * unit handling the case, answered within 72 hours (docs/personal-data.md). The answer says only
     * when it is due; the data itself is never sent to whoever holds the tracking code.
     */
    @PostMapping("/api/public/cases/{trackingCode}/data-requests")
    ResponseEntity<Map<String, Object>> requestData(@PathVariable String trackingCode, @RequestBody DataRequest body) {
        DataSubjectRequests.Request filed = dataRequests.file(trackingCode, body.kind(), body.details());
        return ResponseEntity.status(201).body(Map.of("trackingCode", trackingCode, "kind", filed.kind(),
                "dueAt", filed.dueAt()));
    }

    @PostMapping("/api/public/cases/{trackingCode}/disagreement")
    ResponseEntity<Map<String, Object>> disagree(@PathVariable String trackingCode, @RequestBody Disagreement body) {
        feedback.disagree(trackingCode, body.reason());
        return ResponseEntity.status(201).body(Map.of("trackingCode", trackingCode, "disputed", true));
    }

    /**
     * The complainant asks for a second instance (docs/second-instance.md): 201 with the second
     * instance's own tracking code and status page, or where the file went when it lies outside danvan;
     * 409/422 with the reason when it does not apply.
     */
    @PostMapping("/api/public/cases/{trackingCode}/second-instance")
    ResponseEntity<Map<String, Object>> requestSecondInstance(@PathVariable String trackingCode,
            @RequestBody Disagreement body) {
        CitizenFeedback.SecondInstanceRequested requested = feedback.requestSecondInstance(trackingCode, body.reason());
        Map<String, Object> answer = new java.util.LinkedHashMap<>();
        answer.put("trackingCode", requested.trackingCode());
        answer.put("windowEndsAt", requested.windowEndsAt());
        if (requested.secondTrackingCode() != null) {
            answer.put("secondInstanceTrackingCode", requested.secondTrackingCode());
            answer.put("secondInstanceStatusUrl", links.statusPage(requested.secondTrackingCode()));
        } else {
            answer.put("referredTo", requested.referredTo());
        }
        return ResponseEntity.status(201).body(answer);
    }

    /** The receipt is rendered just after the case is stored: until then its address answers 202. */
    private Filed filed(PetitionCase c) {
        CaseDocumentLinks papers = documents.getIfAvailable();
        String receipt = papers == null ? null : papers.citizenReceipt(c).orElse(null);
        return new Filed(c.trackingCode(), links.statusPage(c.trackingCode()), receipt);
    }

    private static String sourceIdOf(String key) {
        if (key == null) {
            return null;
        }
        if (!KEY.matcher(key).matches()) {
            throw new InvalidInputException(IDEMPOTENCY_KEY, "phải gồm 1 đến 100 chữ, số hoặc . _ : -");
        }
        return "portal:" + key;
    }
}
