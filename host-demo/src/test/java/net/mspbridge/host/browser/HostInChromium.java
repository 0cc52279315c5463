package net.mspbridge.host.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Stream;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.Dimension;

import net.mspbridge.host.ServedHost;
import net.mspbridge.host.fake.TestHost;
import net.mspbridge.host.plugins.RealPluginHost;

/**
 * What every browser test stands on, as one JUnit extension: a host in a fresh data folder, headless
 * Chromium ({@link Browser}), signed in if asked, a screenshot and the page's HTML of a failed step
 * ({@link ScreenshotOnFailure}), and the browser, the host and the folder gone afterwards.
 *
 * <p>Registered with {@code @RegisterExtension} on an instance field, each test gets its own host and
 * browser; on a static field, the class's tests share one (for a path through the pages in steps). The
 * test's own {@code @BeforeEach} / {@code @BeforeAll} run after the host has started and the browser has
 * signed in, so they can set the host up further.
 *
 * @param <H> the host: {@link TestHost} (the fake plugin in-process) or {@link ServedHost} (the real
 *            plugin from its zip, with the demo sandboxes)
 */
public final class HostInChromium<H extends AutoCloseable>
        implements BeforeAllCallback, BeforeEachCallback, AfterTestExecutionCallback, AfterEachCallback, AfterAllCallback {

    private final Function<Path, H> start;
    private final Function<H, String> url;
    private final String password;
    private String screenshotPrefix = "";
    private String signInAt;
    private Dimension window;
    private Consumer<H> setUp = h -> { };

    private Path dir;
    private H host;
    private Browser browser;
    private boolean shared;

    private HostInChromium(Function<Path, H> start, Function<H, String> url, String password) {
        this.start = start;
        this.url = url;
        this.password = password;
    }

    /** A {@link TestHost} with the fake plugin, as {@code start} makes it in the folder (with a clock, say). */
    public static HostInChromium<TestHost> fakePlugin(Function<Path, TestHost> start) {
        return new HostInChromium<>(start, TestHost::url, TestHost.PASSWORD);
    }

    /** A {@link TestHost} with the fake plugin and the system clock. */
    public static HostInChromium<TestHost> fakePlugin() {
        return fakePlugin(TestHost::new);
    }

    /** The host as {@code serve} runs it with the built plugin zip and the demo sandboxes; its admin password. */
    public static HostInChromium<ServedHost> realPlugin(String password) {
        return realPlugin(password, dir -> { });
    }

    /**
     * As {@link #realPlugin(String)}, with {@code seed} given the folder first (the sandboxes carry on from a
     * state saved in its {@code data} folder).
     */
    public static HostInChromium<ServedHost> realPlugin(String password, Consumer<Path> seed) {
        return new HostInChromium<>(dir -> {
            seed.accept(dir);
            return RealPluginHost.start(RealPluginHost.config(dir, password).build());
        }, h -> h.app().url(), password);
    }

    /** Screenshots of failed steps are named {@code <prefix>failed-<test>}. */
    public HostInChromium<H> screenshotsAs(String prefix) {
        this.screenshotPrefix = prefix;
        return this;
    }

    /** Once the host runs: {@code setUp} is given it before the browser starts (after any given before). */
    public HostInChromium<H> setUp(Consumer<H> setUp) {
        this.setUp = this.setUp.andThen(setUp);
        return this;
    }

    /** Signs in with the host's password on its way to {@code page} ("billing", "settings") when it starts. */
    public HostInChromium<H> signedInAt(String page) {
        this.signInAt = page;
        return this;
    }

    /** The browser window's size (1440 x 1000 unless said). */
    public HostInChromium<H> window(int width, int height) {
        this.window = new Dimension(width, height);
        return this;
    }

    public H host() {
        return started(host);
    }

    public Browser browser() {
        return started(browser);
    }

    /** The host's address, ending in "/". */
    public String url() {
        return url.apply(host());
    }

    /** The Billing page's page object (not opened yet). */
    public BillingPage billing() {
        return new BillingPage(browser(), url());
    }

    /** The Settings page's page object. */
    public SettingsPage settings() {
        return new SettingsPage(browser(), url());
    }

    /** The run history's page object. */
    public HistoryPage history() {
        return new HistoryPage(browser(), url());
    }

    /** Opens the run's own page. */
    public RunPage runPage(String runId) {
        return RunPage.open(browser(), url(), runId);
    }

    /** The administrator password the host was started with. */
    public String password() {
        return password;
    }

    /** The folder the host keeps its data in (a {@link TestHost}'s database is right in it). */
    public Path dataDir() {
        return started(dir);
    }

    private <T> T started(T part) {
        if (part == null) {
            throw new IllegalStateException("the host and browser start before each test (or before all, on a static field)");
        }
        return part;
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        shared = true;
        open();
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        if (!shared) {
            open();
        }
    }

    @Override
    public void afterTestExecution(ExtensionContext context) {
        new ScreenshotOnFailure(screenshotPrefix, () -> browser).afterTestExecution(context);
    }

    @Override
    public void afterEach(ExtensionContext context) {
        if (!shared) {
            close();
        }
    }

    @Override
    public void afterAll(ExtensionContext context) {
        close();
    }

    private void open() {
        try {
            dir = Files.createTempDirectory("host-in-chromium");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        host = start.apply(dir);
        setUp.accept(host);
        browser = new Browser();
        if (window != null) {
            browser.driver().manage().window().setSize(window);
        }
        if (signInAt != null) {
            new LoginPage(browser).signIn(url() + signInAt, password);
        }
    }

    private void close() {
        try (AutoCloseable closingHost = host; Browser closingBrowser = browser) {
            // Closed in reverse: the browser first, then the host.
        } catch (Exception e) {
            throw new IllegalStateException("closing the browser test's host: " + e.getMessage(), e);
        } finally {
            host = null;
            browser = null;
            deleteQuietly(dir);
        }
    }

    /** The folder is JUnit-free temp: a file still held open (on a slow shutdown) is left to the OS. */
    private static void deleteQuietly(Path folder) {
        if (folder == null) {
            return;
        }
        try (Stream<Path> paths = Files.walk(folder)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // Left behind in the temp folder; nothing depends on it being gone.
        }
    }
}
