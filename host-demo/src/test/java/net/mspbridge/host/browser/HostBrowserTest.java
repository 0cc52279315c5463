package net.mspbridge.host.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import net.mspbridge.host.fake.FakeSettings;
import net.mspbridge.host.fake.TestHost;

/**
 * The administrator's path through a real browser: sign in, map services on the Services-like
 * panel of the fake plugin, save, reload and find the choices kept, preview and apply a billing
 * run, find it in the history. One host and one browser for the whole path, steps in order.
 * Screenshots of every page land in target/screenshots.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class HostBrowserTest {

    private static final String P = FakeSettings.PLUGIN_ID;

    @RegisterExtension
    static final HostInChromium<TestHost> web = HostInChromium.fakePlugin().screenshotsAs("");

    @Test
    @Order(1)
    void aWrongPasswordIsRefusedAndTheRightOneSignsIn() {
        LoginPage login = new LoginPage(web.browser());

        assertThat(login.signInRefused(web.url() + "settings", "not the password")).isEqualTo("Wrong password.");
        web.browser().screenshot("01-sign-in-refused");
        login.signIn(web.url() + "settings", TestHost.PASSWORD);

        assertThat(web.browser().driver().getCurrentUrl()).endsWith("/settings");
    }

    @Test
    @Order(2)
    void theConnectionPanelShowsValidationErrorsThenSavesAndTestsTheConnection() {
        SettingsPage.Panel connection = web.settings().open(P, "connection");
        connection.text("serverUrl", "http://<img src=x onerror=window.pwned=1>.example.com");

        assertThat(connection.save()).isEqualTo("Nothing was saved: fix the errors shown.");
        assertThat(connection.messages()).contains(
                "Server address must be an https:// address, not http://<img src=x onerror=window.pwned=1>.example.com",
                "API secret is required: enter it (it is stored encrypted)");
        assertThat(web.browser().driver().findElements(By.cssSelector(".panel img"))).isEmpty();
        web.browser().screenshot("02-connection-errors");

        connection.text("serverUrl", "https://billing.example.com").secret("apiSecret", FakeSettings.GOOD_SECRET);
        assertThat(connection.action("test")).containsExactly("SUCCESSFUL Server reached: https://billing.example.com answered.",
                "SUCCESSFUL Credentials accepted: Signed in.");
        assertThat(connection.save()).isEqualTo("Saved.");
        assertThat(connection.secretState("apiSecret")).isEqualTo("set");
        assertThat(web.browser().driver().getPageSource()).doesNotContain(FakeSettings.GOOD_SECRET);
        web.browser().screenshot("03-connection-saved");
    }

    @Test
    @Order(3)
    void theServicesPanelShowsCategoryColumnsOnlyWithTheToggleOnAndKeepsTheChoices() {
        SettingsPage.Panel services = web.settings().tab(P, "services");
        assertThat(services.visibleColumns("services")).containsExactly("service");
        assertThat(services.isSuggested("services", "app-mail", "service")).isTrue();
        assertThat(services.cellValue("services", "app-mail", "service")).isEqualTo("svc-mail");
        services.cell("services", "app-edr", "service", "svc-edr-ws");

        services.toggle("byCategory", true);

        assertThat(services.visibleColumns("services")).containsExactly("ws", "srv", "other");
        // The per-user row keeps its single service, spanning the category columns.
        assertThat(services.hasCell("services", "app-users", "service")).isTrue();
        assertThat(services.hasCell("services", "app-users", "ws")).isFalse();
        services.cell("services", "app-edr", "ws", "svc-edr-ws")
                .cell("services", "app-edr", "srv", "svc-edr-srv")
                .cell("services", "app-users", "service", "svc-users");
        assertThat(services.save()).isEqualTo("Saved with 1 warning(s).");
        assertThat(services.messages()).containsExactly("No service for this category: those devices will not be billed");
        web.browser().fullPageScreenshot("04-services-saved");

        web.browser().driver().navigate().refresh();
        SettingsPage.Panel reloaded = web.settings().panel(P, "services");

        assertThat(reloaded.visibleColumns("services")).containsExactly("ws", "srv", "other");
        assertThat(reloaded.cellValue("services", "app-edr", "ws")).isEqualTo("svc-edr-ws");
        assertThat(reloaded.cellValue("services", "app-edr", "srv")).isEqualTo("svc-edr-srv");
        assertThat(reloaded.cellValue("services", "app-users", "service")).isEqualTo("svc-users");
        // The single-service choice made before the toggle is kept, hidden; the accepted suggestion is a choice now.
        reloaded.toggle("byCategory", false);
        assertThat(reloaded.cellValue("services", "app-edr", "service")).isEqualTo("svc-edr-ws");
        assertThat(reloaded.cellValue("services", "app-mail", "service")).isEqualTo("svc-mail");
        assertThat(reloaded.isSuggested("services", "app-mail", "service")).isFalse();
        reloaded.toggle("byCategory", true);
    }

    @Test
    @Order(4)
    void theCompaniesPanelLoadsItsRowsAndTheContractsOfTheChosenCompany() {
        SettingsPage.Panel companies = web.settings().tab(P, "companies");

        assertThat(companies.isSuggested("companies", "cust-1", "company")).isTrue();
        assertThat(companies.cellValue("companies", "cust-1", "company")).isEqualTo("co-1");
        companies.cell("companies", "cust-1", "contract", "ct-12");
        companies.cell("companies", "cust-2", "company", "co-2");
        companies.cell("companies", "cust-2", "contract", "ct-21");
        assertThat(web.browser().find(By.cssSelector("tr[data-row='cust-2'] .row-description")).getText())
                .isEqualTo("Imported <script>window.pwned=1</script><b>as is</b>");
        assertThat(web.browser().driver().findElements(By.cssSelector("tr[data-row='cust-2'] script, tr[data-row='cust-2'] b"))).isEmpty();
        assertThat(((org.openqa.selenium.JavascriptExecutor) web.browser().driver()).executeScript("return window.pwned === undefined"))
                .isEqualTo(true);
        web.browser().fullPageScreenshot("05-companies");
        assertThat(companies.save()).isEqualTo("Saved.");
    }

    @Test
    @Order(5)
    void aPreviewPlansChangesAndAnApplyMakesThem() {
        BillingPage billing = web.billing().open();

        BillingPage.Result preview = billing.preview(P);
        assertThat(preview.state()).isEqualTo("COMPLETED");
        assertThat(preview.outcomes()).hasSize(5).containsOnly("PLANNED");
        web.browser().fullPageScreenshot("06-preview");

        BillingPage.Result apply = billing.apply(P);
        assertThat(apply.state()).isEqualTo("COMPLETED");
        assertThat(apply.headline()).contains("5 change(s) applied");
        assertThat(apply.outcomes()).containsOnly("APPLIED");
        web.browser().fullPageScreenshot("07-applied");
    }

    @Test
    @Order(6)
    void aRunShowsItsProgressAndCanBeCancelledFromThePage() {
        BillingPage billing = web.billing().open();
        web.host().fake.billing.hold();
        try {
            BillingPage.Result cancelled = billing.previewAndCancel(P, step -> {
                assertThat(step).isEqualTo("Billed Adatum Corporation");
                web.browser().screenshot("08-progress");
            });

            assertThat(cancelled.state()).isEqualTo("CANCELLED");
            assertThat(cancelled.outcomes()).containsOnly("DEFERRED");
        } finally {
            web.host().fake.billing.release();
        }
    }

    @Test
    @Order(7)
    void theHistoryListsEveryRunWithTheChartAndEachReport() {
        HistoryPage history = web.history().open();

        assertThat(history.runs()).containsExactly("run-3 CANCELLED", "run-2 COMPLETED", "run-1 COMPLETED");
        assertThat(history.chartLines()).isPositive();
        web.browser().fullPageScreenshot("09-history");

        history.row("run-2").findElement(By.tagName("a")).click();
        assertThat(web.browser().visible(By.cssSelector(".report-lines")).getText()).contains("Contoso Ltd.", "APPLIED".charAt(0) + "pplied");
        web.browser().fullPageScreenshot("10-run-report");
    }

    @Test
    @Order(8)
    void theDashboardAndInventoryShowTheHostsOwnData() {
        web.browser().open(web.url());
        web.browser().visible(By.cssSelector(".card"));
        assertThat(web.browser().find(By.cssSelector("main")).getText()).contains("fake-billing", "Latest billing run", "run-3",
                "6 customers");
        // What a plugin offers reads as the pages that show it, not as extension point names.
        web.browser().find(By.cssSelector(".chips a.chip"));
        assertThat(web.browser().driver().findElements(By.cssSelector(".chips a.chip"))).extracting(chip -> chip.getText())
                .contains("Settings", "Billing runs");
        assertThat(web.browser().find(By.cssSelector("main")).getText()).doesNotContain("SettingsPanelProvider", "BillingHook");
        web.browser().fullPageScreenshot("11-dashboard");

        web.browser().open(web.url() + "inventory");
        web.browser().visible(By.cssSelector(".inventory-table tbody tr[data-customer='cust-contoso'] button")).click();
        assertThat(web.browser().visible(By.cssSelector(".detail-row td table")).getText()).contains("CONTOSO-SRV-01");
        web.browser().fullPageScreenshot("12-inventory");
    }

    /** Issue 16: a scheduled run that failed shows on the dashboard, without opening the history. */
    @Test
    @Order(9)
    void aFailedScheduledRunShowsOnTheDashboard() throws InterruptedException {
        web.host().fake.billing.faults.set("run", net.mspbridge.host.fake.Fault.BUG);
        String runId;
        try {
            runId = web.host().app.core().runs().start(new net.mspbridge.host.runs.RunRequest(P,
                    net.mspbridge.api.billing.RunMode.APPLY, java.time.LocalDate.now(), net.mspbridge.host.runs.Trigger.SCHEDULE,
                    "daily schedule")).runId();
            web.host().app.core().runs().await(runId, java.time.Duration.ofSeconds(20));
        } finally {
            web.host().fake.billing.faults.clear();
        }

        web.browser().open(web.url());
        WebElement failed = web.browser().visible(By.cssSelector("[data-section='attention'] .failed-schedules li[data-run-id='" + runId + "']"));

        assertThat(failed.getText()).contains("The scheduled apply run for " + java.time.LocalDate.now() + " failed", runId);
        assertThat(failed.findElement(By.cssSelector("a")).getAttribute("href")).endsWith("/runs/" + runId);
        web.browser().fullPageScreenshot("13-dashboard-failed-schedule");
    }
}
