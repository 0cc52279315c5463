package net.mspbridge.host.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import net.mspbridge.host.ServedHost;
import net.mspbridge.host.sandbox.seed.DemoData;

/**
 * Stop 24: a service billed yearly is never added into a monthly total. With the real plugin against
 * the demo sandboxes, the MSP maps Windows workstations to the demo's annual service: the Services panel
 * warns (and saves) naming the service and its period, and the Billing page's preview shows that line's
 * amount per year and totals per month and per year apart (and no stray "null" between the run's status
 * and its report). Screenshots land in target/screenshots as yearly-*.png.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class YearlyServiceReportBrowserTest {

    private static final String PLUGIN = "kaspersky-autotask";
    private static final String PASSWORD = "yearly-admin-password";
    private static final String SERVICES = "services.mapping";
    private static final String TABLE = "section[data-plugin='" + PLUGIN + "'] .report-lines";
    private static final String ANNUAL = "Kaspersky EDR Workstation (annual)";

    @RegisterExtension
    static final HostInChromium<ServedHost> web = HostInChromium.realPlugin(PASSWORD).window(1366, 900)
            .signedInAt("settings").screenshotsAs("yearly-");

    @Test
    @Order(1)
    void theServicesPanelWarnsAboutAServiceNotBilledMonthlyAndSaves() {
        SettingsPage.Panel services = web.settings().open(PLUGIN, "services");

        services.cell(SERVICES, "kes-windows", "windowsWorkstations", Long.toString(DemoData.EDR_WORKSTATION_ANNUAL));

        assertThat(services.save()).startsWith("Saved");
        assertThat(services.messages()).anySatisfy(m -> assertThat(m)
                .contains("\"" + ANNUAL + "\" is billed Yearly, not monthly"));
        web.browser().fullPageScreenshot("yearly-01-services-warning");
    }

    @Test
    @Order(2)
    void thePreviewShowsTheYearlyAmountAndTotalsItApartFromTheMonthlyOnes() {
        web.billing().open().preview(PLUGIN);

        // Contoso's 18 workstations at 48.00 a year: an amount per year, said on the line.
        WebElement annual = table().row("Contoso Ltd.", ANNUAL);
        assertThat(table().cell(annual, "Unit price")).isEqualTo("48.00");
        assertThat(table().cell(annual, "Amount change")).isEqualTo("+864.00 USD\nper year");
        assertThat(table().cell(table().row("Contoso Ltd.", "Kaspersky EDR Server"), "Amount change")).endsWith("\nper month");

        WebElement runTotal = web.browser().find(By.cssSelector(TABLE + " tfoot tr.run-total"));
        String label = runTotal.findElement(By.cssSelector("th")).getText();
        assertThat(label).startsWith("Run total (changes planned)\n").doesNotContain("amounts per month")
                .contains(" USD per month").contains(" USD per year");
        List<String> net = runTotal.findElements(By.cssSelector(".net-amount div")).stream().map(WebElement::getText).toList();
        assertThat(net).anyMatch(n -> n.endsWith(" USD\nper month"))
                .anyMatch(n -> n.endsWith(" USD\nper year"));
        // One net amount per currency and period: USD a month, USD a year (and Northwind's euros likewise).
        assertThat(runTotal.findElements(By.cssSelector(".net-amount div[data-period='YEARLY'][data-currency='USD']"))).hasSize(1);
        assertThat(runTotal.findElements(By.cssSelector(".net-amount div[data-period='MONTHLY'][data-currency='USD']"))).hasSize(1);
        assertThat(web.browser().find(By.cssSelector("section[data-plugin='" + PLUGIN + "']")).getText()).as("no stray text between the status and the report").doesNotContain("\nnull\n");
        web.browser().fullPageScreenshot("yearly-02-preview-totals");
    }

    private ReportTable table() {
        return new ReportTable(web.browser(), PLUGIN);
    }
}
