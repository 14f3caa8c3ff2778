package vn.danvan.platform.web;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The addresses citizens are given (on receipts, in QR codes, in e-mails and SMS), from the one
 * setting {@code danvan.public-base-url} ({@code DANVAN_PUBLIC_BASE_URL}): the address where the
 * portal is reached from outside, not the server's own.
 */
@Component
public class PublicLinks {

    private final String base;

    PublicLinks(@Value("${danvan.public-base-url:http://localhost:8080}") String base) {
        this.base = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    }

    /** The citizen's status page of a case (the receipt's QR code points here). */
    public String statusPage(String trackingCode) {
        return base + "/portal/cases/" + trackingCode;
    }

    public String absolute(String path) {
        return base + (path.startsWith("/") ? path : "/" + path);
    }
}
