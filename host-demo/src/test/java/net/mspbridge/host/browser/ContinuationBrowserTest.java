package net.mspbridge.host.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
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

    private final MutableClock clock = new MutableClock(Instant.now(), ZoneOffset.UTC);

    @RegisterExtension
    final HostInChromium<TestHost> web = HostInChromium.fakePlugin(dir -> new TestHost(dir, clock))
            .setUp(FakeHostSteps::edrMapped).signedInAt("billing").screenshotsAs("continuation-");

    @Test
    void aDeferredApplyShowsWhenItContinuesAndAPersonCancelsIt() {
        web.host().fake.billing.deferrals.set(1);
        BillingPage billing = web.billing().open();

        BillingPage.Result deferred = billing.apply(P);

        assertThat(deferred.state()).isEqualTo("DEFERRED");
        String shown = web.browser().visible(By.cssSelector("section[data-plugin='" + P + "'] .continuation[data-state='SCHEDULED']"))
                .getText();
        assertThat(shown).startsWith("Continues at ").contains(deferred.runId() + " stopped to spare")
                .contains("Cancel continuation");
        web.browser().fullPageScreenshot("17-continuation-scheduled");

        // A fresh page finds it too (it is in the database, not the page's memory).
        billing.open();
        web.browser().visible(By.cssSelector("button[data-action='cancel-continuation']")).click();

        assertThat(web.browser().visible(By.cssSelector(".continuation[data-state='CANCELLED']")).getText())
                .isEqualTo("Continuation of " + deferred.runId() + " cancelled by admin.");
        web.browser().fullPageScreenshot("18-continuation-cancelled");
        web.browser().open(web.url() + "runs");
        assertThat(web.browser().visible(By.cssSelector("tr[data-run-id='" + deferred.runId() + "'] [data-role='continuation']"))
                .getText()).isEqualTo("continuation cancelled");
        web.browser().fullPageScreenshot("19-history-continuation");
        web.browser().open(web.url() + "runs/" + deferred.runId());
        assertThat(web.browser().visible(By.cssSelector("[data-role='continuation']")).getText())
                .isEqualTo("Continuation of " + deferred.runId() + " cancelled by admin.");
        web.browser().fullPageScreenshot("20-run-continuation");
    }
}
