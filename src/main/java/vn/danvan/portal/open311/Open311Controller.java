package vn.danvan.portal.open311;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.danvan.platform.web.InvalidInputException;

/**
 * Open311 GeoReport v2 (JSON), so that existing clients (FixMyStreet and others) can file and follow
 * danvan cases: the services (kinds and subject areas), filing a request with a client's API key,
 * and the status of requests. A request's id is the case's tracking code; the jurisdiction is the
 * commune. Nothing personal is ever answered.
 */
@RestController
@RequestMapping(path = "/open311/v2", produces = MediaType.APPLICATION_JSON_VALUE)
class Open311Controller {

    private final Open311Requests requests;

    Open311Controller(Open311Requests requests) {
        this.requests = requests;
    }

    @GetMapping("/discovery.json")
    Map<String, Object> discovery() {
        return Map.of("changeset", "2026-11-30T00:00:00Z", "contact", "Văn phòng tiếp công dân",
                "endpoints", List.of(Map.of("specification", "http://wiki.open311.org/GeoReport_v2",
                        "url", "/open311/v2", "formats", List.of("application/json"), "type", "production")));
    }

    @GetMapping("/services.json")
    List<Open311Services.Service> services() {
        return Open311Services.all();
    }

    @GetMapping("/services/{code}.json")
    Map<String, Object> definition(@PathVariable String code) {
        Open311Services.find(code).orElseThrow(() -> new Open311Error(HttpStatus.NOT_FOUND, "service_code not found"));
        return Map.of("service_code", code, "attributes", List.of());
    }

    /** Filing a request: form fields as the specification gives them (JSON clients may send the same names). */
    @PostMapping(path = "/requests.json", consumes = {MediaType.APPLICATION_FORM_URLENCODED_VALUE,
            MediaType.MULTIPART_FORM_DATA_VALUE})
    ResponseEntity<List<Open311Requests.Filed>> file(@RequestParam Map<String, String> form) {
        return ResponseEntity.status(HttpStatus.CREATED).body(List.of(requests.file(form)));
    }

    @GetMapping("/requests.json")
    List<Open311Requests.ServiceRequest> list(@RequestParam(name = "service_request_id", required = false) String ids,
            @RequestParam(name = "service_code", required = false) String serviceCode,
            @RequestParam(name = "start_date", required = false) String startDate,
            @RequestParam(name = "end_date", required = false) String endDate,
            @RequestParam(required = false) String status,
            @RequestParam(name = "api_key", required = false) String apiKey) {
        List<String> wanted = ids == null || ids.isBlank() ? List.of()
                : Arrays.stream(ids.split(",")).map(String::strip).filter(id -> !id.isEmpty()).toList();
        return requests.list(wanted, serviceCode, date("start_date", startDate), date("end_date", endDate),
                statuses(status), apiKey);
    }

    @GetMapping("/requests/{id}.json")
    List<Open311Requests.ServiceRequest> one(@PathVariable String id) {
        List<Open311Requests.ServiceRequest> found = requests.list(List.of(id), null, null, null, List.of(), null);
        if (found.isEmpty()) {
            throw new Open311Error(HttpStatus.NOT_FOUND, "service_request_id not found");
        }
        return found;
    }

    private static OffsetDateTime date(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return OffsetDateTime.parse(value);
        } catch (DateTimeParseException e) {
            throw new Open311Error(HttpStatus.BAD_REQUEST, name + " must be a W3C date and time, e.g. 2026-11-30T08:00:00+07:00");
        }
    }

    private static List<String> statuses(String status) {
        if (status == null || status.isBlank()) {
            return List.of();
        }
        List<String> list = new ArrayList<>();
        for (String s : status.split(",")) {
            String value = s.strip().toLowerCase(java.util.Locale.ROOT);
            if (!value.equals("open") && !value.equals("closed")) {
                throw new Open311Error(HttpStatus.BAD_REQUEST, "status must be open or closed");
            }
            list.add(value);
        }
        return list;
    }

    /** The specification's error shape. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Error(@JsonProperty("code") int code, @JsonProperty("description") String description) {
    }

    @ExceptionHandler(Open311Error.class)
    ResponseEntity<List<Error>> error(Open311Error e) {
        return ResponseEntity.status(e.status()).contentType(MediaType.APPLICATION_JSON)
                .body(List.of(new Error(e.status().value(), e.getMessage())));
    }

    @ExceptionHandler(InvalidInputException.class)
    ResponseEntity<List<Error>> invalid(InvalidInputException e) {
        return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_JSON)
                .body(e.errors().stream().map(error -> new Error(400, error.getKey() + ": " + error.getValue())).toList());
    }
}
