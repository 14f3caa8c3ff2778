package vn.danvan.portal;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The portal's pages: static HTML with scripts from the same origin, reading the public API. */
@Controller
class PortalPages {

    @GetMapping({"/portal", "/portal/"})
    String submit() {
        return "forward:/portal/index.html";
    }

    /** The status page of a case: the receipt's QR code points here; the page reads the code from its address. */
    @GetMapping("/portal/cases/{trackingCode}")
    String status() {
        return "forward:/portal/case.html";
    }

    @GetMapping("/portal/statistics")
    String statistics() {
        return "forward:/portal/statistics.html";
    }
}
