package vn.danvan.documents;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the documents module ({@code danvan.documents.*}).
 *
 * @param publicBaseUrl where citizens reach danvan: receipts print {@code <publicBaseUrl>/portal/cases/<code>}
 *                      and its QR code
 * @param place         the place in the date line of district-level bodies (communes use their own name)
 * @param concurrency   consumer threads that render documents; each renders one at a time, so this
 *                      bounds the cores rendering takes from intake
 */
@ConfigurationProperties("danvan.documents")
record DocumentProperties(@DefaultValue("http://localhost:8080") String publicBaseUrl,
        @DefaultValue("Đức Trọng") String place, @DefaultValue("1") int concurrency) {

    String statusUrl(String trackingCode) {
        String base = publicBaseUrl.endsWith("/") ? publicBaseUrl.substring(0, publicBaseUrl.length() - 1) : publicBaseUrl;
        return base + "/portal/cases/" + trackingCode;
    }
}
