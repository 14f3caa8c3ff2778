package vn.danvan.documents;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the documents module ({@code danvan.documents.*}).
 *
 * @param place         the place in the date line of district-level bodies (communes use their own name)
 * @param concurrency   consumer threads that render documents; each renders one at a time, so this
 *                      bounds the cores rendering takes from intake
 * @param pacing        how rendering yields to the rest of the application ({@link RenderPacing})
 */
@ConfigurationProperties("danvan.documents")
record DocumentProperties(@DefaultValue("Đức Trọng") String place, @DefaultValue("1") int concurrency, @DefaultValue Pacing pacing) {

    /**
     * @param busyShare  share of the machine's CPU the rest of the application must use for rendering to yield
     * @param yieldShare share of one core rendering takes while it yields
     * @param maxPause   longest pause after one event's documents
     */
    record Pacing(@DefaultValue("true") boolean enabled, @DefaultValue("0.3") double busyShare,
            @DefaultValue("0.1") double yieldShare, @DefaultValue("PT1S") java.time.Duration maxPause) {
    }
}
