package net.mspbridge.host.browser;

import java.util.function.Supplier;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestWatcher;

/**
 * On a failed browser step: a screenshot named after the test and the page's console on standard
 * error, so the failure can be seen. Register it with {@code @RegisterExtension}.
 */
public final class ScreenshotOnFailure implements TestWatcher {

    private final String prefix;
    private final Supplier<Browser> browser;

    /**
     * @param prefix  put before the test name in the screenshot's file name
     * @param browser the test's browser, asked for at the failure (null when it never started)
     */
    public ScreenshotOnFailure(String prefix, Supplier<Browser> browser) {
        this.prefix = prefix;
        this.browser = browser;
    }

    @Override
    public void testFailed(ExtensionContext context, Throwable cause) {
        Browser current = browser.get();
        if (current != null) {
            current.screenshot(prefix + "failed-" + context.getRequiredTestMethod().getName());
            current.consoleLog().forEach(line -> System.err.println("browser console: " + line));
        }
    }
}
