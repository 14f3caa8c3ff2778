package vn.danvan.reporting;

import java.nio.charset.StandardCharsets;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.danvan.organization.Caller;
import vn.danvan.platform.web.InvalidInputException;

/**
 * The reports' doors. Each caller gets the figures of the units they see ({@link Caller#scope()}, the
 * rule every module asks): the district and the committee the district's, a commune officer their
 * commune's. An unknown period, year or format answers 400 naming it.
 */
@RestController
class ReportController {

    private final PetitionReports petitionReports;
    private final YearlyReport yearlyReport;

    ReportController(PetitionReports petitionReports, YearlyReport yearlyReport) {
        this.petitionReports = petitionReports;
        this.yearlyReport = yearlyReport;
    }

    /** {@code GET /api/reports/petitions?period=2026-Q4&format=xlsx} (or {@code pdf}). */
    @GetMapping("/api/reports/petitions")
    ResponseEntity<byte[]> petitions(@RequestParam(required = false) String period,
            @RequestParam(required = false) String format, Caller caller) {
        ReportPeriod range = ReportPeriod.parse(period);
        ReportFormat as = ReportFormat.parse(format, ReportFormat.XLSX, ReportFormat.PDF);
        return file(petitionReports.render(range, as, caller), "bao-cao-tiep-cong-dan-xu-ly-don-" + range.name(), as);
    }

    /** {@code GET /api/reports/yearly?year=2026&format=pdf}: the standing committee's yearly report. */
    @GetMapping("/api/reports/yearly")
    ResponseEntity<byte[]> yearly(@RequestParam(required = false) String year,
            @RequestParam(required = false) String format, Caller caller) {
        if (year == null || !year.matches("\\d{4}") || Integer.parseInt(year) < 2000 || Integer.parseInt(year) > 2100) {
            throw new InvalidInputException("year", "unknown year '" + year + "': four digits, e.g. 2026");
        }
        ReportFormat as = ReportFormat.parse(format == null ? "pdf" : format, ReportFormat.PDF);
        return file(yearlyReport.render(Integer.parseInt(year), caller), "bao-cao-nam-" + year, as);
    }

    private static ResponseEntity<byte[]> file(byte[] content, String name, ReportFormat format) {
        return ResponseEntity.ok().contentType(format.mediaType())
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(name + "." + format.extension(), StandardCharsets.UTF_8).build().toString())
                .cacheControl(CacheControl.noStore())
                .body(content);
    }
}
