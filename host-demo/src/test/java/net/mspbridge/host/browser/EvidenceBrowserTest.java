package net.mspbridge.host.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import net.mspbridge.host.fake.FakeSettings;
import net.mspbridge.host.fake.TestHost;

/**
 * Issue 16: a line of 5,000 devices opens a page of 100 at a time ("Show more" for the next), so the
 * page never builds thousands of rows at once; the search finds devices among them by name.
 * Screenshot: target/screenshots/evidence-5000.png.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EvidenceBrowserTest {

    private static final int PADDING = 5_000;

    @RegisterExtension
    static final HostInChromium<TestHost> web = HostInChromium.fakePlugin()
            .setUp(h -> h.fake.billing.evidencePadding = PADDING).setUp(FakeHostSteps::edrMapped)
            .window(1366, 900).signedInAt("billing").screenshotsAs("evidence-");

    private String runId;

    @BeforeAll
    void start() {
        runId = web.billing().open().preview(FakeSettings.PLUGIN_ID).runId();
    }

    private List<WebElement> deviceRows(WebElement panel) {
        return panel.findElements(By.cssSelector("table.evidence-table > tbody > tr"));
    }

    @Test
    void aLineOfThousandsOfDevicesOpensAPageAtATimeAndTheSearchFindsAmongThem() {
        web.browser().open(web.url() + "runs/" + runId);
        WebElement toggle = web.browser().visible(By.cssSelector(".report-lines .evidence-toggle"));
        assertThat(toggle.getText()).matches("▸ 50\\d\\d devices");
        int devices = Integer.parseInt(toggle.getText().replaceAll("\\D", ""));

        toggle.click();

        WebElement panel = web.browser().visible(By.cssSelector("tr.evidence-row .evidence-devices"));
        WebElement status = panel.findElement(By.cssSelector(".evidence-status"));
        web.browser().until(d -> status.getText().startsWith("100 of"));
        assertThat(status.getText()).isEqualTo("100 of " + devices + " records shown (" + devices + " units).");
        assertThat(deviceRows(panel)).hasSize(100);

        panel.findElement(By.cssSelector("button")).click();

        web.browser().until(d -> status.getText().startsWith("200 of"));
        assertThat(deviceRows(panel)).hasSize(200);
        web.browser().screenshot("evidence-5000");

        WebElement search = web.browser().find(By.cssSelector("input[name='device-search']"));
        search.sendKeys("bulk-0499");
        search.submit();

        WebElement results = web.browser().visible(By.cssSelector(".evidence-search-results .evidence-devices"));
        web.browser().until(d -> results.findElement(By.cssSelector(".evidence-status")).getText().startsWith("10 of"));
        assertThat(deviceRows(results)).extracting(row -> row.getText().split(" ")[0]).containsExactly(
                "BULK-04990", "BULK-04991", "BULK-04992", "BULK-04993", "BULK-04994", "BULK-04995", "BULK-04996",
                "BULK-04997", "BULK-04998", "BULK-04999");
    }
}
