package vn.danvan.documents;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import org.springframework.stereotype.Component;

/**
 * Rendering is background work; intake and process steps are not. After each event that issued
 * documents, the documents consumer measures how busy the rest of this application was meanwhile
 * (the process's CPU time less its own thread's); while the rest uses more than {@code busyShare}
 * of the machine, the consumer pauses so that it takes at most {@code yieldShare} of one core. When
 * the application is quiet it renders at full speed and catches up. The receipts of a burst come a
 * little later (their addresses answer 202 meanwhile); the intake keeps its pace (docs/documents.md).
 */
@Component
class RenderPacing {

    private final com.sun.management.OperatingSystemMXBean os =
            (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    private final int cores = Runtime.getRuntime().availableProcessors();
    private final DocumentProperties.Pacing settings;
    private final ThreadLocal<long[]> last = new ThreadLocal<>();

    RenderPacing(DocumentProperties properties) {
        this.settings = properties.pacing();
    }

    /** Called on the consumer's thread after an event's documents were issued and committed. */
    void afterDocuments() throws InterruptedException {
        long wall = System.nanoTime();
        long process = os.getProcessCpuTime();
        long own = threads.getCurrentThreadCpuTime();
        long[] before = last.get();
        last.set(new long[] {wall, process, own});
        if (before == null || !settings.enabled()) {
            return;
        }
        Duration pause = pause(wall - before[0], process - before[1], own - before[2]);
        if (!pause.isZero()) {
            Thread.sleep(pause.toMillis());
            // the pause is not rendering time: the next interval starts after it
            last.set(new long[] {System.nanoTime(), os.getProcessCpuTime(), threads.getCurrentThreadCpuTime()});
        }
    }

    /** How long to wait after an interval in which this thread used {@code ownCpu} and the whole process {@code processCpu}. */
    Duration pause(long wallNanos, long processCpuNanos, long ownCpuNanos) {
        if (wallNanos <= 0) {
            return Duration.ZERO;
        }
        double others = (double) Math.max(0, processCpuNanos - ownCpuNanos) / ((double) wallNanos * cores);
        if (others < settings.busyShare()) {
            return Duration.ZERO;
        }
        long nanos = (long) (ownCpuNanos / settings.yieldShare()) - wallNanos;
        return nanos <= 0 ? Duration.ZERO : Duration.ofNanos(Math.min(nanos, settings.maxPause().toNanos()));
    }
}
