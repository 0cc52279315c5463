package net.mspbridge.host.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;

import net.mspbridge.host.browser.BillingPage;
import net.mspbridge.host.browser.Browser;
import net.mspbridge.host.browser.HistoryPage;
import net.mspbridge.host.browser.LoginPage;
import net.mspbridge.host.fake.FakeSettings;
import net.mspbridge.host.fake.Fault;
import net.mspbridge.host.fake.FaultSwitch;
import net.mspbridge.host.fake.TestHost;

/**
 * What a person sees of a misbehaving plugin, in Chromium: the settings page names the failure in the
 * plugin's place and goes on showing the rest, the billing page ends the run as failed with the host's
 * message, and the run history lists it. No defect's details are shown. (The API side of every fault of
 * every extension method is in {@link PluginFaultMatrixTest}.)
 */
class PluginFaultsOnThePageTest {

    @Test
    void aFailingPluginIsReportedOnTheSettingsAndBillingPagesAndInTheHistory(@TempDir Path dir) {
        try (TestHost host = new TestHost(dir); Browser browser = new Browser()) {
            host.fake.settings.faults.set("panels", Fault.BUG);
            new LoginPage(browser).signIn(host.url() + "settings", TestHost.PASSWORD);
            String settings = browser.until(d -> {
                String text = d.findElement(By.tagName("main")).getText();
                return text.contains("the plugin failed") ? text : null;
            });
            browser.fullPageScreenshot("plugin-fault-settings");
            assertThat(settings).contains(FakeSettings.PLUGIN_ID, "the plugin failed: IllegalStateException")
                    .doesNotContain(FaultSwitch.BUG_DETAIL);

            host.fake.settings.faults.clear();
            host.fake.billing.faults.set("run", Fault.BUG);
            BillingPage.Result run = new BillingPage(browser, host.url()).open().preview(FakeSettings.PLUGIN_ID);
            browser.fullPageScreenshot("plugin-fault-billing");
            assertThat(run.state()).isEqualTo("FAILED");
            assertThat(browser.find(By.tagName("main")).getText()).contains("the plugin failed: IllegalStateException")
                    .doesNotContain(FaultSwitch.BUG_DETAIL);

            HistoryPage history = new HistoryPage(browser, host.url()).open();
            browser.fullPageScreenshot("plugin-fault-history");
            assertThat(history.runs()).contains(run.runId() + " FAILED");
            assertThat(browser.driver().getPageSource()).doesNotContain(FaultSwitch.BUG_DETAIL);
        }
    }
}
