package net.mspbridge.host.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import net.mspbridge.host.ServedHost;
import net.mspbridge.host.sandbox.SandboxStore;
import net.mspbridge.host.sandbox.seed.DemoData;
import net.mspbridge.host.sandbox.seed.ManyServices;

/**
 * Issue 14, point 4: an Autotask sandbox with 500 more services (as a real instance has hundreds).
 * Every service choice of the Services panel can be searched by typing, and shows the full name,
 * price and period of what is chosen; one of the 500 is found by typing and saved.
 */
class LongServiceListBrowserTest {

    private static final String PLUGIN = "kaspersky-autotask";
    private static final String PASSWORD = "browser-admin-password";
    private static final String SERVICES = "services.mapping";
    private static final int GENERATED = 500;

    @RegisterExtension
    static final HostInChromium<ServedHost> web = HostInChromium.realPlugin(PASSWORD,
            // The sandboxes carry on from a saved state: seed it with the demo data plus 500 services.
            dir -> new SandboxStore(SandboxStore.folderOf(dir.resolve("data")))
                    .saveAutotask(ManyServices.add(DemoData.build(LocalDate.now()).autotask(), GENERATED)))
            .signedInAt("settings").screenshotsAs("long-");

    private String cell(String row, String column) {
        return "td[data-row='" + row + "'][data-column='" + column + "']";
    }

    @Test
    void typingFindsOneOfFiveHundredServicesAndItsFullNamePriceAndPeriodShow() {
        SettingsPage.Panel services = web.settings().open(PLUGIN, "services");
        String wanted = Long.toString(ManyServices.FIRST_ID + 436); // service 437
        String where = cell("ksv-la", "windowsServers");
        services.cellValue(SERVICES, "ksv-la", "windowsServers"); // waits for the options
        Select select = new Select(web.browser().find(By.cssSelector(where + " select")));
        // Every active service is offered (every 25th generated one is inactive).
        assertThat(select.getOptions()).hasSizeGreaterThan(GENERATED - GENERATED / 25);

        WebElement search = web.browser().find(By.cssSelector(where + " input.option-search"));
        assertThat(search.isDisplayed()).isTrue();
        search.sendKeys("site licence 437");
        assertThat(select.getOptions()).extracting(o -> o.getAttribute("value")).containsExactly("", wanted);
        assertThat(select.getOptions().get(0).getText()).matches("— 1 of \\d{3} match —");
        search.sendKeys(Keys.ENTER);

        assertThat(select.getFirstSelectedOption().getAttribute("value")).isEqualTo(wanted);
        String detail = web.browser().find(By.cssSelector(where + " .choice-detail")).getText();
        assertThat(detail).startsWith(ManyServices.name(437)).matches(".*\\(\\d+\\.\\d{2} / (Monthly|Quarterly|Yearly)\\).*");
        web.browser().fullPageScreenshot("long-01-services-500-searched");

        assertThat(services.save()).startsWith("Saved");
        web.browser().driver().navigate().refresh();
        SettingsPage.Panel reloaded = web.settings().panel(PLUGIN, "services");
        assertThat(reloaded.cellValue(SERVICES, "ksv-la", "windowsServers")).isEqualTo(wanted);
        assertThat(web.browser().find(By.cssSelector(where + " .choice-detail")).getText()).startsWith(ManyServices.name(437));
        List<WebElement> boxes = web.browser().driver().findElements(By.cssSelector("table[data-field='" + SERVICES
                + "'] input.option-search"));
        assertThat(boxes).isNotEmpty().allMatch(WebElement::isDisplayed);
        web.browser().fullPageScreenshot("long-02-services-500-saved");
    }
}
