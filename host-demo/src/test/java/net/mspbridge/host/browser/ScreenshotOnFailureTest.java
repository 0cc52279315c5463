package net.mspbridge.host.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Events;

import net.mspbridge.host.fake.TestHost;

/**
 * A failing browser test leaves its screenshot and its page's HTML under target/screenshots, though it
 * quits its browser in {@code @AfterEach} (or its {@link HostInChromium} quits it after each test): the
 * samples below are run here through JUnit's own engine (EngineTestKit), in real Chromium.
 */
class ScreenshotOnFailureTest {

    private static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static final String NAME = "kit-failed-theStepFails";
    private static final String ON_THE_FIXTURE = "kit-fixture-failed-theStepFails";

    @Test
    void aFailedStepLeavesItsScreenshotAndPageThoughTheBrowserQuitsInAfterEach() throws IOException {
        assertThat(failedLeaving(FailingBrowserStep.class, NAME)).contains("the page at the failure");
    }

    @Test
    void aFailedStepOnTheSharedFixtureLeavesItsScreenshotAndPageBeforeTheFixtureQuits() throws IOException {
        assertThat(failedLeaving(FailingStepOnTheFixture.class, ON_THE_FIXTURE)).contains("Billing").contains("Sign out");
    }

    /** Runs the sample, which must fail, and returns the HTML its failure left beside its screenshot. */
    private static String failedLeaving(Class<?> sample, String name) throws IOException {
        Files.deleteIfExists(SCREENSHOTS.resolve(name + ".png"));
        Files.deleteIfExists(SCREENSHOTS.resolve(name + ".html"));

        Events tests = EngineTestKit.engine("junit-jupiter")
                // The samples are disabled so that no ordinary run ever picks them up; this run only enables them.
                .configurationParameter("junit.jupiter.conditions.deactivate", "org.junit.*DisabledCondition")
                .selectors(selectClass(sample))
                .execute().testEvents();

        tests.assertStatistics(stats -> stats.started(1).failed(1).succeeded(0));
        byte[] png = Files.readAllBytes(SCREENSHOTS.resolve(name + ".png"));
        assertThat(png).startsWith((byte) 0x89, (byte) 'P', (byte) 'N', (byte) 'G');
        return Files.readString(SCREENSHOTS.resolve(name + ".html"));
    }

    /**
     * A browser test that fails, its browser quit in {@code @AfterEach}. Nested and disabled: surefire's
     * defaults leave nested classes out, and only the tests above enable it.
     */
    @Disabled("run only by ScreenshotOnFailureTest, through EngineTestKit")
    static class FailingBrowserStep {

        private Browser browser;

        @RegisterExtension
        final ScreenshotOnFailure onFailure = new ScreenshotOnFailure("kit-", () -> browser);

        @BeforeEach
        void start() {
            browser = new Browser();
        }

        @AfterEach
        void stop() {
            browser.close();
        }

        @Test
        void theStepFails() {
            browser.open("data:text/html,<h1>the page at the failure</h1>");
            assertThat(browser.find(org.openqa.selenium.By.tagName("h1")).getText()).isEqualTo("another page");
        }
    }

    /** The same failure on the fixture every browser test uses: a host, signed in on the Billing page. */
    @Disabled("run only by ScreenshotOnFailureTest, through EngineTestKit")
    static class FailingStepOnTheFixture {

        @RegisterExtension
        final HostInChromium<TestHost> web = HostInChromium.fakePlugin().signedInAt("billing").screenshotsAs("kit-fixture-");

        @Test
        void theStepFails() {
            assertThat(web.browser().find(org.openqa.selenium.By.tagName("h1")).getText()).isEqualTo("another page");
        }
    }
}
