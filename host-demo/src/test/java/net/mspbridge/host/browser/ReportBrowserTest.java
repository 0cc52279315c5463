package net.mspbridge.host.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;

import net.mspbridge.host.ServedHost;

/**
 * Issue 16: the report reads on a laptop's 1366 px screen. With the real plugin against the demo
 * sandboxes, an applied run shows each line's amount change per its service's period and Autotask adjustment id,
 * totals per contract and for the run, a note shortened with its full text on expand, and a table
 * whose cells never wrap word by word (it scrolls sideways instead). Screenshots land in
 * target/screenshots as report-*.png.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ReportBrowserTest {

    private static final String PLUGIN = "kaspersky-autotask";
    private static final String PASSWORD = "report-admin-password";
    private static final String TABLE = "section[data-plugin='" + PLUGIN + "'] .report-lines";

    /**
     * For every cell but the note, how many lines its text takes: a text node whose client
     * rectangles sit at more than one height has wrapped.
     */
    private static final String WRAPPED_CELLS = """
            const wrapped = [];
            for (const cell of arguments[0].querySelectorAll('th, td:not(.note)')) {
              const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
              for (let node = walker.nextNode(); node; node = walker.nextNode()) {
                if (!node.textContent.trim()) continue;
                const range = document.createRange();
                range.selectNodeContents(node);
                const tops = new Set([...range.getClientRects()].map((r) => Math.round(r.top)));
                if (tops.size > 1) wrapped.push(node.textContent);
              }
            }
            return wrapped;""";

    private BillingPage.Result applied;

    @RegisterExtension
    static final HostInChromium<ServedHost> web = HostInChromium.realPlugin(PASSWORD).window(1366, 900)
            .signedInAt("billing").screenshotsAs("report-");

    @Test
    @Order(1)
    void anAppliedLineShowsItsAmountChangeAndAdjustmentId() {
        applied = web.billing().open().apply(PLUGIN);

        assertThat(table().headings()).contains("AMOUNT CHANGE", "ADJUSTMENT ID");
        // The demo's Contoso workstations go from 22 to 18 at 4.50: 4 units and 18.00 a month less.
        WebElement contosoWorkstations = table().row("Contoso Ltd.", "Kaspersky EDR Workstation");
        assertThat(table().cell(contosoWorkstations, "Change")).isEqualTo("-4");
        assertThat(table().cell(contosoWorkstations, "Amount change")).isEqualTo("-18.00 USD\nper month");
        // Northwind is invoiced in euros (Companies.currencyID in the Autotask sandbox).
        assertThat(table().cell(table().row("Northwind Traders GmbH", "Kaspersky EDR Workstation"), "Amount change")).endsWith(" EUR\nper month");
        assertThat(table().cell(contosoWorkstations, "Adjustment id")).matches("\\d+");
        web.browser().fullPageScreenshot("report-01-applied-1366");
    }

    @Test
    @Order(2)
    void theTotalsSayWhatEachContractAndTheRunAddAndRemove() {
        List<String> contractTotals = web.browser().driver().findElements(By.cssSelector(TABLE + " tr.contract-total")).stream()
                .map(ReportBrowserTest::totalCells).toList();
        // Under the Change and Amount change columns: the sums of the lines above; what was added
        // and removed under the label, one part a line.
        assertThat(contractTotals).hasSize(3)
                .contains("Total Contoso Ltd. - Managed Security\n+4 units (+27.00 USD per month)\n-4 units (-18.00 USD per month)"
                                + " | 0 | +9.00 USD\nper month",
                        "Total Fabrikam - Managed Security\n+5 units (+28.00 USD per month) | +5 | +28.00 USD\nper month",
                        "Total Northwind Traders - Security & Backup\n+11 units (+65.00 EUR per month) | +11 | +65.00 EUR\nper month");
        // Euros are never added to dollars: the run's money is summed per currency.
        assertThat(totalCells(web.browser().find(By.cssSelector(TABLE + " tfoot tr.run-total"))))
                .isEqualTo("Run total (changes made)\n+20 units (+55.00 USD per month, +65.00 EUR per month)\n"
                        + "-4 units (-18.00 USD per month) | +16 | +37.00 USD\nper month\n+65.00 EUR\nper month");
        // The Billing page's report opens to its devices too (as the run's page does, tested below).
        assertThat(web.browser().find(By.cssSelector(TABLE + " .evidence-toggle")).getText()).matches("▸ \\d+ devices?");
    }

    @Test
    @Order(3)
    void theNoteLeavesOutWhatOtherColumnsSayAndExpandsToTheFullText() {
        WebElement note = table().row("Contoso Ltd.", "Kaspersky EDR Workstation").findElement(By.cssSelector("td.note"));
        WebElement summary = note.findElement(By.cssSelector("summary"));
        assertThat(summary.getText()).isEqualTo("Usage counted");
        assertThat(note.findElement(By.cssSelector(".note-full")).isDisplayed()).isFalse();

        summary.click();

        assertThat(web.browser().visible(By.cssSelector(TABLE + " details[open] .note-full")).getText())
                .contains("Windows workstations: 18");
    }

    @Test
    @Order(4)
    void atALaptopsWidthNoCellWrapsAndTheTableScrollsSideways() {
        JavascriptExecutor js = (JavascriptExecutor) web.browser().driver();
        WebElement table = web.browser().find(By.cssSelector(TABLE));

        assertThat((List<?>) js.executeScript(WRAPPED_CELLS, table)).isEmpty();
        // The numbers an MSP checks come before the long names, so they are on screen without scrolling.
        WebElement card = table.findElement(By.xpath(".."));
        // As the page opens: not scrolled sideways (opening a note scrolls the table to it).
        js.executeScript("arguments[0].scrollLeft = 0", card);
        double visibleRight = ((Number) js.executeScript("return arguments[0].getBoundingClientRect().right", card)).doubleValue();
        for (String heading : List.of("In force", "Wanted", "Change", "Unit price", "Amount change")) {
            WebElement th = table.findElements(By.cssSelector("thead th")).get(table().headings().indexOf(heading.toUpperCase(java.util.Locale.ROOT)));
            double right = ((Number) js.executeScript("return arguments[0].getBoundingClientRect().right", th)).doubleValue();
            assertThat(right).as(heading + " is in view at 1366 px without scrolling").isLessThanOrEqualTo(visibleRight);
        }
        // The run's total says what it adds and removes where the numbers are, not past the Outcome column.
        for (WebElement part : table.findElements(By.cssSelector("tr.run-total .total-text, tr.contract-total .total-text"))) {
            double right = ((Number) js.executeScript("return arguments[0].getBoundingClientRect().right", part)).doubleValue();
            assertThat(right).as("'%s' is in view at 1366 px without scrolling", part.getText()).isLessThanOrEqualTo(visibleRight);
        }
        WebElement scroller = table.findElement(By.xpath(".."));
        assertThat(((Number) js.executeScript("return arguments[0].scrollWidth - arguments[0].clientWidth", scroller))
                .intValue()).as("the table is wider than its card, so its card scrolls").isPositive();
        assertThat(((Number) js.executeScript("return document.documentElement.scrollWidth - window.innerWidth"))
                .intValue()).as("the page itself does not scroll sideways").isLessThanOrEqualTo(0);
        web.browser().screenshot("report-02-window-1366");
    }

    @Test
    @Order(5)
    void theRunPageShowsTheSameReport() {
        web.browser().open(web.url() + "runs/" + applied.runId());
        web.browser().visible(By.cssSelector(".report-lines tfoot tr.run-total"));

        assertThat(totalCells(web.browser().find(By.cssSelector(".report-lines tfoot tr.run-total"))))
                .endsWith("\n+20 units (+55.00 USD per month, +65.00 EUR per month)\n-4 units (-18.00 USD per month) | +16 | "
                        + "+37.00 USD\nper month\n+65.00 EUR\nper month");
        assertThat(web.browser().find(By.cssSelector(".facts")).getText()).contains("10 changes");
        web.browser().fullPageScreenshot("report-03-run-page-1366");
    }

    /** The report downloads as CSV from the run's page: the header README documents and a row per line. */
    @Test
    @Order(7)
    void theReportDownloadsAsCsv() {
        WebElement link = web.browser().find(By.cssSelector("a[data-action='download-csv']"));
        assertThat(link.getAttribute("href")).endsWith("/api/runs/" + applied.runId() + "/report.csv");
        assertThat(link.getAttribute("download")).isNotNull();

        // Fetched as the browser would download it, with the signed-in session.
        Object csv = ((JavascriptExecutor) web.browser().driver()).executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                        + "fetch(arguments[0]).then(r => r.text().then(t => done(r.status + ' ' + r.headers.get('content-disposition') + '\\n' + t)))"
                        + ".catch(e => done('failed ' + e));", link.getAttribute("href"));
        List<String> rows = List.of(String.valueOf(csv).split("\r?\n"));
        assertThat(rows.get(0)).startsWith("200 attachment; filename=\"billing-" + applied.runId() + "-").endsWith(".csv\"");
        assertThat(rows.get(1)).startsWith("run_id,effective_date,mode,");
        assertThat(rows).hasSize(2 + 10);
    }

    /** The devices the billing rules leave out are evidence, listed per customer with reasons, not problems. */
    @Test
    @Order(6)
    void theDevicesNotCountedAreListedApartFromTheProblems() {
        assertThat(web.browser().driver().findElements(By.cssSelector(".problem-list li"))).extracting(li -> li.getAttribute("data-kind"))
                .containsExactly("UNMAPPED_USAGE");
        List<String> notCounted = web.browser().driver().findElements(By.cssSelector(".not-counted-list > li")).stream()
                .map(li -> li.getText().replace('\n', ' ')).toList();
        String billingOff = " devices not read customer billing off (Companies panel)";
        // Fabrikam's host with no licence key is counted here as in the evidence (it read "1 device" before).
        assertThat(notCounted).containsExactly("Fabrikam 2 devices 1 device on a trial key"
                        + " 1 device with no licence key: no Kaspersky application uses a key on it ▸ devices",
                "Northwind Traders 3 devices 1 device on an expired key 1 device on a key that has expired on the device"
                        + " 1 device on a key that was never added to the virtual server ▸ devices",
                "AdventureWorks" + billingOff, "Tailspin" + billingOff, "Litware" + billingOff);
        // A customer not read has no devices to open.
        assertThat(web.browser().driver().findElements(By.cssSelector(".not-counted-list > li[data-not-read] .evidence-toggle"))).isEmpty();
        // The evidence's own list counts Fabrikam the same, and says the same of the customers not read.
        List<String> inEvidence = web.browser().driver().findElements(By.cssSelector(".evidence-not-counted > li")).stream()
                .map(li -> li.getText().replace('\n', ' ')).toList();
        assertThat(inEvidence).filteredOn(text -> text.startsWith("Fabrikam ")).containsExactly(
                "Fabrikam 1 device on a trial key ▸ show",
                "Fabrikam 1 device with no licence key: no Kaspersky application uses a key on it ▸ show");
        assertThat(inEvidence).filteredOn(text -> text.contains("not read")).containsExactly(
                "AdventureWorks devices not read: customer billing off (Companies panel)",
                "Tailspin devices not read: customer billing off (Companies panel)",
                "Litware devices not read: customer billing off (Companies panel)");
        web.browser().fullPageScreenshot("report-04-not-counted");
    }

    /** Issue 16, evidence: a line opens to the devices it bills, one per unit. */
    @Test
    @Order(8)
    void aLineOpensToTheDevicesItBills() {
        // On the run's page, where the previous tests left the web.browser().
        WebElement toggle = web.browser().until(d -> d.findElements(By.cssSelector(".report-lines tbody tr[data-outcome]")).stream()
                .filter(tr -> tr.getText().contains("Contoso Ltd.") && tr.getText().contains("Kaspersky EDR Workstation"))
                .flatMap(tr -> tr.findElements(By.cssSelector(".evidence-toggle")).stream()).findFirst().orElse(null));
        assertThat(toggle.getText()).isEqualTo("▸ 18 devices");

        toggle.click();

        WebElement panel = web.browser().visible(By.cssSelector("tr.evidence-row .evidence-devices"));
        web.browser().until(d -> panel.findElement(By.cssSelector(".evidence-status")).getText().startsWith("18 of"));
        List<WebElement> devices = panel.findElements(By.cssSelector("table.evidence-table > tbody > tr"));
        assertThat(devices).hasSize(18);
        assertThat(devices.get(0).getText()).startsWith("CONTOSO-WS001 Contoso").contains("0C12-000A81-00004F21");
        assertThat(panel.findElement(By.cssSelector(".evidence-status")).getText())
                .isEqualTo("18 of 18 records shown (18 units).");
        assertThat(toggle.getAttribute("aria-expanded")).isEqualTo("true");
        web.browser().fullPageScreenshot("report-05-line-devices");

        toggle.click();

        assertThat(panel.isDisplayed()).isFalse();
    }

    /** A customer's devices not counted open from the "Seen but not counted" list, each with its reason. */
    @Test
    @Order(9)
    void aCustomersDevicesNotCountedOpenWithTheirReasons() {
        WebElement fabrikam = web.browser().find(By.cssSelector(".not-counted-list > li[data-customer='13']"));

        fabrikam.findElement(By.cssSelector(".evidence-toggle")).click();

        WebElement panel = web.browser().visible(By.cssSelector(".not-counted-list > li[data-customer='13'] .evidence-devices"));
        web.browser().until(d -> !panel.findElements(By.cssSelector("table.evidence-table > tbody > tr")).isEmpty());
        assertThat(panel.findElements(By.cssSelector("table.evidence-table > tbody > tr"))).extracting(WebElement::getText)
                .anyMatch(text -> text.startsWith("FAB-LT-TRIAL") && text.endsWith("on a trial key"))
                .anyMatch(text -> text.startsWith("FAB-KIOSK") && text.contains("no licence key"));
    }

    /** The search finds a device by part of its name, counted or not, and says where it went. */
    @Test
    @Order(10)
    void theSearchFindsADeviceByNameAndSaysWhereItWasCounted() {
        WebElement search = web.browser().find(By.cssSelector("input[name='device-search']"));
        search.sendKeys("macbook");
        search.submit();

        WebElement results = web.browser().visible(By.cssSelector(".evidence-search-results .evidence-devices"));
        web.browser().until(d -> results.findElement(By.cssSelector(".evidence-status")).getText().startsWith("1 of"));
        assertThat(results.findElements(By.cssSelector("table.evidence-table > tbody > tr"))).extracting(WebElement::getText).singleElement()
                .satisfies(text -> assertThat(text).startsWith("Contoso-MacBook-Design Contoso")
                        .endsWith("Contoso Ltd. - Managed Security / Kaspersky Mac/Linux"));
        web.browser().fullPageScreenshot("report-06-search");
    }

    /** The devices download as CSV, the columns README documents. */
    @Test
    @Order(11)
    void theDevicesDownloadAsCsv() {
        WebElement link = web.browser().find(By.cssSelector("a[data-action='download-evidence-csv']"));
        Object csv = ((JavascriptExecutor) web.browser().driver()).executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                        + "fetch(arguments[0]).then(r => r.text().then(t => done(r.status + '\\n' + t)))"
                        + ".catch(e => done('failed ' + e));", link.getAttribute("href"));
        List<String> rows = List.of(String.valueOf(csv).split("\r?\n"));
        assertThat(rows.get(0)).isEqualTo("200");
        assertThat(rows.get(1)).isEqualTo(String.join(",", net.mspbridge.host.evidence.EvidenceCsv.COLUMNS));
        assertThat(rows).anyMatch(r -> r.contains(",CONTOSO-WS001,"));
    }

    /**
     * The history's chart: units in force per service by effective date (a step chart), drawn from
     * apply runs only; a preview does not move it, and the table says its changes are only planned.
     */
    @Test
    @Order(12)
    void theHistoryChartShowsUnitsInForceByEffectiveDateAndAPreviewDoesNotMoveIt() {
        HistoryPage history = web.history().open();
        WebElement chart = web.browser().find(By.cssSelector("svg.chart"));
        String dates = chart.getAttribute("data-dates");
        assertThat(dates).as("one effective date, not a run id").matches("\\d{4}-\\d{2}-\\d{2}");
        assertThat(chart.findElements(By.cssSelector("text.axis-label"))).extracting(WebElement::getText)
                .contains(dates).doesNotContain(applied.runId());
        // Contoso 18, Fabrikam 9 and Northwind 8 workstations are in force after the apply run.
        assertThat(chartValues().get("Kaspersky EDR Workstation")).isEqualTo("35");
        java.util.Map<String, String> before = chartValues();
        assertThat(history.row(applied.runId()).getText()).contains("10 made");

        BillingPage.Result preview = web.billing().open().preview(PLUGIN);
        history.open();

        assertThat(web.browser().find(By.cssSelector("svg.chart")).getAttribute("data-dates")).isEqualTo(dates);
        assertThat(chartValues()).isEqualTo(before);
        assertThat(history.row(preview.runId()).getText()).doesNotContain("made");
        web.browser().fullPageScreenshot("report-05-history-chart");
    }

    /** The dashboard shows the problems of the latest run without opening the history. */
    @Test
    @Order(13)
    void theDashboardShowsTheLatestRunsProblems() {
        web.browser().open(web.url());
        WebElement attention = web.browser().visible(By.cssSelector("[data-section='attention']"));

        WebElement latest = attention.findElement(By.cssSelector(".run-problems"));
        String latestRun = web.browser().driver().findElements(By.cssSelector("a[href^='/runs/']")).get(0).getText();
        assertThat(latest.getAttribute("data-run-id")).isEqualTo(latestRun).isNotEqualTo(applied.runId());
        assertThat(latest.findElements(By.cssSelector(".problem-list li"))).extracting(li -> li.getAttribute("data-kind"))
                .containsExactly("UNMAPPED_USAGE");
        assertThat(latest.getText()).contains("Woodgrove Bank");
        assertThat(attention.findElements(By.cssSelector(".failed-schedules"))).isEmpty();
        web.browser().fullPageScreenshot("report-06-dashboard-attention");
    }

    /** The run history's table keeps each date and "started by" on one line at 1440 px (and 1366), scrolling sideways. */
    @Test
    @Order(14)
    void theRunHistoryTableDoesNotWrapItsCells() {
        for (int width : new int[] {1440, 1366}) {
            web.browser().driver().manage().window().setSize(new Dimension(width, 900));
            web.history().open();
            WebElement table = web.browser().find(By.cssSelector("table.runs-table"));

            JavascriptExecutor js = (JavascriptExecutor) web.browser().driver();
            assertThat((List<?>) js.executeScript(WRAPPED_CELLS, table)).as("cells wrapped at %d px", width).isEmpty();
            // Its numbers come before the long texts, so they are in view without scrolling.
            double visibleRight = ((Number) js.executeScript("return arguments[0].parentElement.getBoundingClientRect().right",
                    table)).doubleValue();
            WebElement problems = table.findElements(By.cssSelector("thead th")).stream()
                    .filter(th -> th.getText().equalsIgnoreCase("Problems")).findFirst().orElseThrow();
            assertThat(((Number) js.executeScript("return arguments[0].getBoundingClientRect().right", problems)).doubleValue())
                    .as("Problems in view at %d px", width).isLessThanOrEqualTo(visibleRight);
            web.browser().screenshot("report-07-history-table-" + width);
        }
    }

    /** A total row's cells: the label with its parts, the net change, the net amounts. */
    private static String totalCells(WebElement row) {
        return row.findElement(By.cssSelector("th")).getText() + " | " + row.findElement(By.cssSelector(".net-units")).getText()
                + " | " + row.findElement(By.cssSelector(".net-amount")).getText();
    }

    /** Each line of the history's chart: the service it draws and its values by date. */
    private java.util.Map<String, String> chartValues() {
        java.util.Map<String, String> values = new java.util.TreeMap<>();
        web.browser().driver().findElements(By.cssSelector("svg.chart polyline"))
                .forEach(line -> values.put(line.getAttribute("data-service"), line.getAttribute("data-values")));
        return values;
    }

    private ReportTable table() {
        return new ReportTable(web.browser(), PLUGIN);
    }
}
