package vn.danvan.reporting;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import org.springframework.http.MediaType;
import vn.danvan.platform.web.InvalidInputException;

/** What a report is delivered as. */
enum ReportFormat {

    XLSX(MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")),
    PDF(MediaType.APPLICATION_PDF);

    private final MediaType mediaType;

    ReportFormat(MediaType mediaType) {
        this.mediaType = mediaType;
    }

    MediaType mediaType() {
        return mediaType;
    }

    String extension() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** @param allowed the formats this report comes in; anything else is refused naming {@code format} */
    static ReportFormat parse(String format, ReportFormat... allowed) {
        for (ReportFormat candidate : allowed) {
            if (candidate.extension().equalsIgnoreCase(format == null ? "" : format.trim())) {
                return candidate;
            }
        }
        throw new InvalidInputException("format", (format == null ? "missing" : "unknown format '" + format + "'") + ": "
                + Arrays.stream(allowed).map(ReportFormat::extension).collect(Collectors.joining(" or ")));
    }
}
