package vn.danvan.support;

import java.time.Duration;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Every wait of an application test looks at its condition at once, then every 100 ms. Awaitility's
 * default waits one poll interval before the first look: a tenth of a second for every task, event
 * or row a test waits for, most of which are already there.
 */
public final class AwaitDefaults implements BeforeAllCallback {

    @Override
    public void beforeAll(ExtensionContext context) {
        Awaitility.setDefaultPollDelay(Duration.ZERO);
    }
}
