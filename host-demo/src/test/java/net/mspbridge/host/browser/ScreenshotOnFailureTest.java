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

/**
 * A failing browser test leaves its screenshot and its page's HTML under target/screenshots, though it
 * quits its browser in {@code @AfterEach}: {@link FailingBrowserStep} is run here through JUnit's own
 * engine (EngineTestKit), in real Chromium.
 */
class ScreenshotOnFailureTest {

    private static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static final String NAME = "kit-failed-theStepFails";

    @Test
    void aFailedStepLeavesItsScreenshotAndPageThoughTheBrowserQuitsInAfterEach() throws IOException {
        Files.deleteIfExists(SCREENSHOTS.resolve(NAME + ".png"));
        Files.deleteIfExists(SCREENSHOTS.resolve(NAME + ".html"));

        Events tests = EngineTestKit.engine("junit-jupiter")
                // The sample is disabled so that no ordinary run ever picks it up; this run only enables it.
                .configurationParameter("junit.jupiter.conditions.deactivate", "org.junit.*DisabledCondition")
                .selectors(selectClass(FailingBrowserStep.class))
                .execute().testEvents();

        tests.assertStatistics(stats -> stats.started(1).failed(1).succeeded(0));
        byte[] png = Files.readAllBytes(SCREENSHOTS.resolve(NAME + ".png"));
        assertThat(png).startsWith((byte) 0x89, (byte) 'P', (byte) 'N', (byte) 'G');
        assertThat(Files.readString(SCREENSHOTS.resolve(NAME + ".html"))).contains("the page at the failure");
    }

    /**
     * A browser test that fails, set up as the browser tests are (browser quit in {@code @AfterEach}). Nested
     * and disabled: surefire's defaults leave nested classes out, and only the test above enables it.
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
}
