package vn.danvan.portal.open311;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.Validator;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import vn.danvan.messaging.contract.PetitionSubmission;
import vn.danvan.messaging.contract.Petitioner;
import vn.danvan.organization.Unit;
import vn.danvan.organization.UnitDirectory;
import vn.danvan.petition.CaseReceipt;
import vn.danvan.petition.PetitionCase;
import vn.danvan.petition.PetitionCases;
import vn.danvan.petition.LegalBasis;
import vn.danvan.petition.PetitionIntake;
import vn.danvan.platform.engine.StepSupport;
import vn.danvan.platform.web.InvalidInputException;
import vn.danvan.platform.web.PublicLinks;
import vn.danvan.platform.web.VietnameseViolations;

/**
 * Service requests as Open311 sees them: filing one enters the commune's queue through the same
 * intake as every door (channel ONLINE); reading them answers status and dates, and the description
 * only to the client that filed it.
 */
@Service
class Open311Requests {

    /** Without ids, a client lists its own requests of the last 90 days by default, at most 1,000. */
    static final Duration DEFAULT_WINDOW = Duration.ofDays(90);
    static final int MAX_LIST = 1000;

    private final Open311Clients clients;
    private final PetitionIntake intake;
    private final PetitionCases cases;
    private final UnitDirectory units;
    private final Validator validator;
    private final PublicLinks links;

    Open311Requests(Open311Clients clients, PetitionIntake intake, PetitionCases cases, UnitDirectory units,
            Validator validator, PublicLinks links) {
        this.clients = clients;
        this.intake = intake;
        this.cases = cases;
        this.units = units;
        this.validator = validator;
        this.links = links;
    }

    /** The answer to a filed request. */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record Filed(String service_request_id, String service_notice, String account_id) {
    }

    /** A request's status: nothing personal. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record ServiceRequest(String service_request_id, String status, String status_notes, String service_name,
            String service_code, String description, String agency_responsible, String service_notice,
            String requested_datetime, String expected_datetime, String media_url) {
    }

    Filed file(Map<String, String> form) {
        String user = clients.userOf(form.get("api_key"));
        Open311Services.Service service = Open311Services.find(blank(form.get("service_code")))
                .orElseThrow(() -> new Open311Error(HttpStatus.BAD_REQUEST, "service_code is missing or not a service"));
        String commune = blank(form.get("jurisdiction_id"));
        Unit unit = units.find(commune).filter(u -> u.kind().receivesPetitions()).orElseThrow(() -> new Open311Error(
                HttpStatus.BAD_REQUEST, "jurisdiction_id must be the code of a commune or town (GET /api/public/communes)"));
        String description = blank(form.get("description"));
        if (description == null) {
            throw new Open311Error(HttpStatus.BAD_REQUEST, "description is required");
        }
        String place = place(form);
        if (place == null) {
            throw new Open311Error(HttpStatus.BAD_REQUEST, "a location is required: lat and long, or address_string");
        }
        String name = ((nonNull(form.get("first_name")) + " " + nonNull(form.get("last_name"))).strip());
        Petitioner petitioner = new Petitioner(name.isEmpty() ? "Người gửi qua Open311 (không nêu tên)" : name,
                blank(form.get("phone")), null, blank(form.get("email")));
        boolean consent = "true".equalsIgnoreCase(blank(form.get("attribute[consent]")));
        String subject = service.area().label() + ": " + (description.length() > 200 ? description.substring(0, 199) + "…"
                : description);
        PetitionSubmission submission = new PetitionSubmission(unit.code(), PetitionSubmission.Channel.ONLINE,
                service.caseType(), subject, description + "\n\nĐịa điểm: " + place, null, petitioner,
                service.service_code(), consent);
        var violations = validator.validate(submission);
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations.stream()
                    .map(v -> Map.entry(v.getPropertyPath().toString(), VietnameseViolations.problem(v))).toList());
        }
        CaseReceipt receipt = intake.submit(submission, sourcePrefix(user) + UUID.randomUUID(), "open311:" + user,
                LegalBasis.Door.CITIZEN);
        return new Filed(receipt.trackingCode(), "Đơn đã được tiếp nhận. Tra cứu: "
                + links.statusPage(receipt.trackingCode()), null);
    }

    List<ServiceRequest> list(List<String> ids, String serviceCode, OffsetDateTime start, OffsetDateTime end,
            List<String> statuses, String apiKey) {
        String caller = clients.find(apiKey).orElse(null);
        List<PetitionCase> found;
        if (!ids.isEmpty()) {
            found = cases.findByTrackingCodes(ids.stream().limit(50).toList());
        } else {
            if (caller == null) {
                throw new Open311Error(HttpStatus.FORBIDDEN,
                        "listing requests without service_request_id needs the api_key of the client that filed them");
            }
            Instant to = end == null ? Instant.now() : end.toInstant();
            Instant from = start == null ? to.minus(DEFAULT_WINDOW) : start.toInstant();
            found = cases.findBySourcePrefix(sourcePrefix(caller), from, to, MAX_LIST);
        }
        return found.stream().map(c -> view(c, caller))
                .filter(r -> serviceCode == null || serviceCode.equals(r.service_code()))
                .filter(r -> statuses.isEmpty() || statuses.contains(r.status())).toList();
    }

    private ServiceRequest view(PetitionCase c, String caller) {
        boolean mine = caller != null && c.sourceEventId() != null && c.sourceEventId().startsWith(sourcePrefix(caller));
        String code = c.externalReference() != null && Open311Services.find(c.externalReference()).isPresent()
                ? c.externalReference() : Open311Services.codeOf(c.caseType() == null ? "FEEDBACK" : c.caseType(),
                        c.subjectArea());
        String serviceName = Open311Services.find(code).map(Open311Services.Service::service_name).orElse(null);
        return new ServiceRequest(c.trackingCode(), c.status().isOpen() ? "open" : "closed", c.status().label(),
                serviceName, code, mine ? c.content() : null,
                units.findAny(c.currentUnitCode()).map(Unit::name).orElse(null), null,
                iso(c.receivedAt()),
                c.status().isOpen() && c.dueAt() != null ? iso(c.dueAt()) : null, null);
    }

    private static String iso(Instant instant) {
        return instant.atZone(StepSupport.VIETNAM).toOffsetDateTime().toString();
    }

    private static String sourcePrefix(String user) {
        return "open311:" + user + ":";
    }

    private static String place(Map<String, String> form) {
        String address = blank(form.get("address_string"));
        String lat = blank(form.get("lat"));
        String lon = blank(form.get("long"));
        if (lat != null && lon != null) {
            try {
                double latitude = Double.parseDouble(lat);
                double longitude = Double.parseDouble(lon);
                if (Math.abs(latitude) > 90 || Math.abs(longitude) > 180) {
                    throw new Open311Error(HttpStatus.BAD_REQUEST, "lat must be within ±90 and long within ±180");
                }
                String point = "(" + latitude + ", " + longitude + ")";
                return address == null ? point : address + " " + point;
            } catch (NumberFormatException e) {
                throw new Open311Error(HttpStatus.BAD_REQUEST, "lat and long must be decimal degrees");
            }
        }
        return address;
    }

    private static String blank(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private static String nonNull(String text) {
        return text == null ? "" : text.strip();
    }
}
