package net.mspbridge.host.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;

import net.mspbridge.host.fake.FakeSettings;
import net.mspbridge.host.fake.MutableClock;
import net.mspbridge.host.fake.TestHost;

/**
 * A deferred run's continuation on the pages, in real Chromium against a real host: the Billing page says
 * when the host continues the run and cancels it with a button; the history says what became of it.
 */
class ContinuationBrowserTest {

    private static final String P = FakeSettings.PLUGIN_ID;

    @TempDir
    Path dataDir;
    private final MutableClock clock = new MutableClock(Instant.now(), ZoneOffset.UTC);
    private TestHost host;
    private Browser browser;

    @org.junit.jupiter.api.extension.RegisterExtension
    final ScreenshotOnFailure onFailure = new ScreenshotOnFailure("continuation-", () -> browser);

    @BeforeEach
    void start() {
        host = new TestHost(dataDir, clock);
        browser = new Browser();
        new LoginPage(browser).signIn(host.url() + "billing", TestHost.PASSWORD);
        assertThat(host.signedIn().send("PUT", "/api/settings/" + P + "/panels/services", "{\"version\":0,\"values\":"
                + "{\"byCategory\":\"false\"},\"tables\":{\"services\":{\"app-edr\":{\"service\":\"svc-edr-ws\"}}}}").status())
                .isEqualTo(200);
    }

    @AfterEach
    void stop() {
        if (browser != null) {
            browser.close();
        }
        if (host != null) {
            host.close();
        }
    }

    @Test
    void aDeferredApplyShowsWhenItContinuesAndAPersonCancelsIt() {
        host.fake.billing.deferrals.set(1);
        BillingPage billing = new BillingPage(browser, host.url()).open();

        BillingPage.Result deferred = billing.apply(P);

        assertThat(deferred.state()).isEqualTo("DEFERRED");
        String shown = browser.visible(By.cssSelector("section[data-plugin='" + P + "'] .continuation[data-state='SCHEDULED']"))
                .getText();
        assertThat(shown).startsWith("Continues at ").contains(deferred.runId() + " stopped to spare")
                .contains("Cancel continuation");
        browser.fullPageScreenshot("17-continuation-scheduled");

        // A fresh page finds it too (it is in the database, not the page's memory).
        billing.open();
        browser.visible(By.cssSelector("button[data-action='cancel-continuation']")).click();

        assertThat(browser.visible(By.cssSelector(".continuation[data-state='CANCELLED']")).getText())
                .isEqualTo("Continuation of " + deferred.runId() + " cancelled by admin.");
        browser.fullPageScreenshot("18-continuation-cancelled");
        browser.open(host.url() + "runs");
        assertThat(browser.visible(By.cssSelector("tr[data-run-id='" + deferred.runId() + "'] [data-role='continuation']"))
                .getText()).isEqualTo("continuation cancelled");
        browser.fullPageScreenshot("19-history-continuation");
        browser.open(host.url() + "runs/" + deferred.runId());
        assertThat(browser.visible(By.cssSelector("[data-role='continuation']")).getText())
                .isEqualTo("Continuation of " + deferred.runId() + " cancelled by admin.");
        browser.fullPageScreenshot("20-run-continuation");
    }
}
