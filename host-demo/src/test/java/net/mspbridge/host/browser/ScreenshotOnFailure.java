package net.mspbridge.host.browser;

import java.util.Optional;
import java.util.function.Supplier;

import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * On a failed browser step: a screenshot and the page's HTML named after the test (under
 * target/screenshots), and the page's console on standard error, so the failure can be seen. Register it
 * with {@code @RegisterExtension}.
 *
 * <p>It looks after the test method and before any {@code @AfterEach}: the tests quit their browser there,
 * and a {@link org.junit.jupiter.api.extension.TestWatcher} is told of the failure only after that, when the
 * browser is gone ("Session ID is null"). JUnit runs an {@link AfterTestExecutionCallback} "immediately after
 * an individual test has been executed but before any user-defined teardown methods (e.g., @AfterEach
 * methods)": https://docs.junit.org/5.14.4/api/org.junit.jupiter.api/org/junit/jupiter/api/extension/AfterTestExecutionCallback.html
 */
public final class ScreenshotOnFailure implements AfterTestExecutionCallback {

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

    /** The file name (without extension) of the screenshot a failure of the test leaves. */
    public String fileName(ExtensionContext context) {
        String name = prefix + "failed-" + context.getRequiredTestMethod().getName();
        // A parameterized test's invocations each leave their own: "...-3" for the third.
        String segment = context.getUniqueId().substring(context.getUniqueId().lastIndexOf('[') + 1);
        return segment.startsWith("test-template-invocation:#") ? name + "-" + segment.replaceAll("\\D", "") : name;
    }

    @Override
    public void afterTestExecution(ExtensionContext context) {
        Optional<Throwable> failure = context.getExecutionException();
        Browser current = browser.get();
        if (failure.isEmpty() || current == null) {
            return;
        }
        String name = fileName(context);
        try {
            System.err.println("browser screenshot: " + current.screenshot(name).toAbsolutePath());
            System.err.println("browser page: " + current.pageSource(name).toAbsolutePath());
            current.consoleLog().forEach(line -> System.err.println("browser console: " + line));
        } catch (RuntimeException e) {
            // The test's own failure is what matters: a browser that cannot be looked at must not hide it.
            failure.get().addSuppressed(e);
        }
    }
}
