package net.mspbridge.host.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;

import net.mspbridge.host.ServedHost;
import net.mspbridge.host.sandbox.seed.DemoData;

/**
 * A new administrator's path with the real plugin, loaded from its zip, against the demo sandboxes
 * the host starts beside it: sign in, map services on the plugin's own Services panel, save, reload
 * and find the choices kept, see the Companies panel fed by Kaspersky Security Center, preview and
 * apply a billing run, find it in the history, and see the adjustments in the sandbox view.
 * Screenshots of every page land in target/screenshots.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class KasperskyAutotaskBrowserTest {

    private static final String PLUGIN = "kaspersky-autotask";
    private static final String PASSWORD = "browser-admin-password";
    private static final String SERVICES = "services.mapping";
    private static final String COMPANIES = "companies.mapping";

    @RegisterExtension
    static final HostInChromium<ServedHost> web = HostInChromium.realPlugin(PASSWORD).screenshotsAs("real-");

    @Test
    @Order(1)
    void signsIn() {
        new LoginPage(web.browser()).signIn(web.url() + "settings", PASSWORD);

        assertThat(web.browser().driver().getCurrentUrl()).endsWith("/settings");
    }

    @Test
    @Order(2)
    void theServicesPanelFollowsTheSeedPageAndKeepsTheChoices() {
        SettingsPage.Panel services = web.settings().open(PLUGIN, "services");
        // The demo setup turned "Bill devices by category" on: three columns per application.
        assertThat(services.visibleColumns(SERVICES)).containsExactly("windowsWorkstations", "windowsServers", "nonWindows");
        assertThat(services.cellValue(SERVICES, "kes-windows", "windowsServers")).isEqualTo(id(DemoData.EDR_SERVER));
        web.browser().fullPageScreenshot("real-01-services-by-category");

        services.toggle("services.byCategory", false);
        assertThat(services.visibleColumns(SERVICES)).containsExactly("service");
        assertThat(services.cellValue(SERVICES, "kes-windows", "service")).isEqualTo(id(DemoData.EDR_WORKSTATION));
        web.browser().fullPageScreenshot("real-02-services-single");

        services.toggle("services.byCategory", true);
        services.cell(SERVICES, "ksv-la", "windowsServers", id(DemoData.EDR_SERVER))
                .cell(SERVICES, "ksv-la", "windowsWorkstations", id(DemoData.EDR_WORKSTATION))
                .cell(SERVICES, "ksv-la", "nonWindows", id(DemoData.MAC_LINUX));
        // The demo mapping saves without a warning: cells that cannot have usage are not applicable.
        assertThat(services.save()).isEqualTo("Saved.");
        assertThat(services.hasCell(SERVICES, "kes-linux", "windowsWorkstations")).isFalse();

        web.browser().driver().navigate().refresh();
        SettingsPage.Panel reloaded = web.settings().panel(PLUGIN, "services");
        assertThat(reloaded.visibleColumns(SERVICES)).containsExactly("windowsWorkstations", "windowsServers", "nonWindows");
        assertThat(reloaded.cellValue(SERVICES, "ksv-la", "windowsServers")).isEqualTo(id(DemoData.EDR_SERVER));
        assertThat(reloaded.cellValue(SERVICES, "ksv-la", "nonWindows")).isEqualTo(id(DemoData.MAC_LINUX));
        reloaded.toggle("services.byCategory", false);
        // The single-service choice made by the demo setup is still there under the hidden column.
        assertThat(reloaded.cellValue(SERVICES, "kes-windows", "service")).isEqualTo(id(DemoData.EDR_WORKSTATION));
        reloaded.toggle("services.byCategory", true);
        web.browser().fullPageScreenshot("real-03-services-saved");
    }

    @Test
    @Order(3)
    void theCompaniesPanelListsSecurityCenterCustomersWithTheirContracts() {
        SettingsPage.Panel companies = web.settings().tab(PLUGIN, "companies");

        assertThat(companies.cellValue(COMPANIES, id(DemoData.VS_CONTOSO), "company")).isEqualTo(id(DemoData.CONTOSO));
        assertThat(companies.cellValue(COMPANIES, id(DemoData.VS_CONTOSO), "contract")).isEqualTo(id(DemoData.CONTOSO_CONTRACT));
        assertThat(companies.hasCell(COMPANIES, id(DemoData.VS_WOODGROVE), "company")).isTrue();
        web.browser().fullPageScreenshot("real-04-companies");
    }

    @Test
    @Order(4)
    void theConnectionPanelTestsBothConnections() {
        SettingsPage.Panel connection = web.settings().tab(PLUGIN, "connection");

        assertThat(connection.secretState("autotask.secret")).isEqualTo("set");
        assertThat(connection.action("test-autotask")).isNotEmpty().allMatch(step -> step.startsWith("SUCCESSFUL"));
        // The scope step is skipped: no single virtual server is set, so every one is a customer.
        assertThat(connection.action("test-kaspersky")).isNotEmpty().noneMatch(step -> step.startsWith("FAILED"))
                .anyMatch(step -> step.startsWith("SUCCESSFUL Logged in"));
        web.browser().fullPageScreenshot("real-05-connection-tested");
    }

    @Test
    @Order(5)
    void previewThenApplyBillsTheSandboxAndTheHistoryShowsBoth() {
        BillingPage billing = web.billing().open();

        BillingPage.Result preview = billing.preview(PLUGIN);
        assertThat(preview.outcomes()).contains("PLANNED").doesNotContain("APPLIED");
        web.browser().fullPageScreenshot("real-06-preview");

        BillingPage.Result apply = billing.apply(PLUGIN);
        // Woodgrove Bank's virtual server has no Autotask company yet: billed nowhere, and said so.
        assertThat(apply.state()).isEqualTo("COMPLETED_WITH_PROBLEMS");
        assertThat(apply.outcomes()).contains("APPLIED").doesNotContain("FAILED");
        assertThat(apply.problems()).singleElement().satisfies(problem -> assertThat(problem).startsWith("UNMAPPED_USAGE")
                .contains("Woodgrove Bank (3 devices) has no Autotask company on the Companies panel"));
        assertThat(preview.problems()).isEqualTo(apply.problems());
        web.browser().fullPageScreenshot("real-07-applied");

        HistoryPage history = web.history().open();
        assertThat(history.runs()).contains(apply.runId() + " COMPLETED_WITH_PROBLEMS", preview.runId() + " COMPLETED_WITH_PROBLEMS");
        assertThat(history.chartLines()).isPositive();
        web.browser().fullPageScreenshot("real-08-history");

        web.browser().open(web.url() + "sandbox");
        web.browser().visible(By.cssSelector("tr[data-adjustment]"));
        assertThat(web.browser().driver().findElements(By.cssSelector("tr[data-adjustment]")))
                .hasSize(web.host().sandboxes().orElseThrow().sandboxes().autotask().adjustments().size());
        // Issue 16: the page shows the KSC side too, and an ended contract as ended, as `sandbox show` does.
        assertThat(web.browser().driver().findElements(By.cssSelector(".ksc-table tr[data-virtual-server='" + DemoData.VS_NORTHWIND
                + "'][data-serial='0E14-0033F0-00000B01']"))).hasSize(1);
        assertThat(web.browser().find(By.cssSelector("main")).getText()).contains("Adventure Works - Managed Security");
        assertThat(web.browser().driver().findElements(By.cssSelector(".card")).stream().map(c -> c.getText())
                .filter(t -> t.contains("Adventure Works - Managed Security")).findFirst().orElseThrow()).contains("Ended");
        web.browser().fullPageScreenshot("real-09-sandbox");
    }

    /** Issue 19: another server on the page asks for the stored secret again, for the test and for the save. */
    @Test
    @Order(6)
    void anotherServerOnThePageAsksForTheSecretAgain() {
        SettingsPage.Panel connection = web.settings().open(PLUGIN, "connection").text("autotask.baseUrl",
                "http://127.0.0.1:9/elsewhere/");

        assertThat(connection.action("test-autotask")).anyMatch(step -> step.startsWith("FAILED")
                && step.contains("Type the Autotask API secret again"));
        assertThat(connection.save()).startsWith("Nothing was saved");
        assertThat(connection.messages()).anyMatch(m -> m.contains("Type the Autotask API secret again"));
        web.browser().fullPageScreenshot("real-10-secret-asked-again");

        String secret = web.host().sandboxes().orElseThrow().sandboxes().autotask().credentials().secret().reveal();
        // Typed again, the secret goes to that server (which does not answer), so the test fails there instead.
        assertThat(connection.secret("autotask.secret", secret).action("test-autotask"))
                .noneMatch(step -> step.contains("Type the Autotask API secret again"));
    }

    private static String id(long value) {
        return Long.toString(value);
    }
}
