package net.mspbridge.host.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;

import net.mspbridge.host.ServedHost;
import net.mspbridge.host.browser.BillingPage;
import net.mspbridge.host.browser.Browser;
import net.mspbridge.host.browser.LoginPage;
import net.mspbridge.host.browser.SettingsPage;
import net.mspbridge.host.fake.ApiClient;
import net.mspbridge.host.plugins.RealPluginHost;
import net.mspbridge.host.sandbox.SandboxConfig;
import net.mspbridge.host.sandbox.Sandboxes;
import net.mspbridge.host.sandbox.autotask.AtCompany;
import net.mspbridge.host.sandbox.autotask.AtContract;
import net.mspbridge.host.sandbox.autotask.AtService;
import net.mspbridge.host.sandbox.autotask.AutotaskData;
import net.mspbridge.host.sandbox.seed.DemoData;
import net.mspbridge.host.sandbox.seed.SandboxSeed;
import net.mspbridge.host.sandbox.ksc.KscData;
import net.mspbridge.host.sandbox.ksc.VServer;

/**
 * Script where a name or a value should be, rendered inert: the sandboxes serve company, contract,
 * service and Kaspersky customer names that are HTML with script, a person saves script as the
 * Autotask user name, and a forged request stores a Companies row whose id is script (rows from a live
 * source are accepted; see {@link BadInputs}). Every page that shows them is opened in Chromium: the
 * text is there, as text, and no element, attribute or script from it is in the page, nor did any of
 * it run. The front end also never hands text to an HTML parser (checked in its source).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ScriptIsInertTest {

    private static final String PLUGIN = "kaspersky-autotask";
    private static final String PASSWORD = "script-is-inert-admin-password";
    private static final String COMPANY = "Contoso <img src=x onerror=\"window.__pwned='company'\">";
    private static final String CONTRACT = "Managed <script>window.__pwned='contract'</script>";
    private static final String SERVICE = "EDR <svg onload=\"window.__pwned='service'\"></svg>";
    private static final String CUSTOMER = "Contoso <iframe srcdoc=\"<script>parent.__pwned='customer'</script>\"></iframe>";
    private static final String USER_NAME = "api<img src=x onerror=\"window.__pwned='user'\">@example.com";
    private static final String ROW = "<img src=x onerror=\"window.__pwned='row'\">";
    /** Anything a parsed payload would have added to the page. */
    private static final String INJECTED = "img[src='x'], svg[onload], iframe, [onerror], [onload], script:not([src])";

    private ServedHost host;
    private ApiClient client;
    private Browser browser;
    private String url;

    @BeforeAll
    void start(@TempDir Path dir) {
        Path data = dir.resolve("data");
        // The sandboxes keep their state in the data folder: seed it with hostile names before the host starts them.
        Sandboxes.start(SandboxConfig.builder().dataDir(data).seed(hostileSeed(LocalDate.now(ZoneOffset.UTC))).build()).close();
        host = RealPluginHost.start(RealPluginHost.config(dir, PASSWORD).build());
        url = host.app().url();
        ApiClient client = new ApiClient(host.app().port());
        assertThat(client.login(PASSWORD).status()).isEqualTo(200);
        // A table is saved whole, as the page sends it: the stored rows plus the forged one.
        com.fasterxml.jackson.databind.JsonNode stored = client.get("/api/settings/" + PLUGIN).json();
        com.fasterxml.jackson.databind.node.ObjectNode table = (com.fasterxml.jackson.databind.node.ObjectNode)
                stored.get("tables").get("companies.mapping").deepCopy();
        table.putObject(ROW).put("billing", "false");
        ApiClient.Answer row = client.send("PUT", "/api/settings/" + PLUGIN + "/panels/companies", "{\"version\":"
                + stored.get("version").asLong() + ",\"tables\":{\"companies.mapping\":" + table + "}}");
        assertThat(row.status()).as(row.body()).isEqualTo(200);
        this.client = client;
        browser = new Browser();
        new LoginPage(browser).signIn(url + "settings", PASSWORD);
    }

    @AfterAll
    void stop() {
        if (browser != null) {
            browser.close();
        }
        if (host != null) {
            host.close();
        }
    }

    private static SandboxSeed hostileSeed(LocalDate today) {
        SandboxSeed demo = DemoData.build(today);
        AutotaskData at = demo.autotask();
        List<AtCompany> companies = at.companies().stream().map(c -> c.id() != DemoData.CONTOSO ? c
                : new AtCompany(c.id(), COMPANY, c.companyNumber(), c.companyType(), c.isActive(), c.phone(), c.city(),
                        c.webAddress(), c.createDate())).toList();
        List<AtContract> contracts = at.contracts().stream().map(c -> c.id() != DemoData.CONTOSO_CONTRACT ? c
                : new AtContract(c.id(), c.companyID(), CONTRACT, c.contractNumber(), c.contractType(), c.status(),
                        c.startDate(), c.endDate(), c.contractPeriodType(), c.isDefaultContract())).toList();
        List<AtService> services = at.services().stream().map(s -> s.id() != DemoData.EDR_SERVER ? s
                : new AtService(s.id(), SERVICE, s.description(), s.invoiceDescription(), s.isActive(), s.periodType(),
                        s.unitPrice(), s.unitCost(), s.vendorCompanyID(), s.sku())).toList();
        AutotaskData hostile = new AutotaskData(companies, services, contracts, at.contractServices(), at.unitChanges(),
                at.adjustments(), at.nextContractServiceId(), at.nextAdjustmentId());
        KscData ksc = (KscData) demo.ksc();
        List<VServer> servers = ksc.virtualServers().stream().map(vs -> vs.id() != DemoData.VS_CONTOSO ? vs
                : new VServer(vs.id(), CUSTOMER, vs.groupId(), vs.enabled())).toList();
        return new SandboxSeed(hostile, new KscData(servers, ksc.hosts(), ksc.keys()), demo.mapping());
    }

    /** Nothing from the payloads became markup, and none of it ran. */
    private void assertInert(String page) {
        JavascriptExecutor js = (JavascriptExecutor) browser.driver();
        Object pwned = js.executeScript("return window.__pwned === undefined ? null : String(window.__pwned)");
        Object injected = js.executeScript("return Array.from(document.querySelectorAll(arguments[0])).map(e => e.outerHTML)",
                INJECTED);
        browser.fullPageScreenshot("inert-" + page);
        assertThat(pwned).as("script ran on the %s page", page).isNull();
        assertThat((List<?>) injected).as("markup from data on the %s page", page).isEmpty();
    }

    /**
     * True when an option's text matches, else null (look again). The page redraws its selects as their
     * options arrive, so an option found may be gone when read: that is "not yet", not a failure.
     */
    private static Boolean anyOption(WebDriver driver, Predicate<String> matches) {
        try {
            return driver.findElements(By.cssSelector("option")).stream().anyMatch(o -> matches.test(o.getText())) ? true : null;
        } catch (StaleElementReferenceException redrawn) {
            return null;
        }
    }

    private String text() {
        return browser.find(By.tagName("body")).getText();
    }

    @Test
    @Order(1)
    void theSettingsPanelsShowTheNamesAsText() {
        SettingsPage settings = new SettingsPage(browser, url);
        settings.open(PLUGIN, "companies");
        browser.until(d -> text().contains(CUSTOMER) ? true : null);
        browser.until(d -> anyOption(d, text -> text.contains(COMPANY)));
        browser.until(d -> anyOption(d, text -> text.startsWith(CONTRACT)));
        assertInert("settings-companies");

        settings.tab(PLUGIN, "services");
        browser.until(d -> anyOption(d, text -> text.contains(SERVICE)));
        assertInert("settings-services");
    }

    @Test
    @Order(2)
    void theBillingReportAndTheHistoryShowTheNamesAsText() {
        BillingPage.Result preview = new BillingPage(browser, url).open().preview(PLUGIN);
        assertThat(text()).contains(COMPANY, CONTRACT, SERVICE, CUSTOMER);
        assertInert("billing");

        browser.open(url + "runs");
        browser.visible(By.cssSelector("a[href='/runs/" + preview.runId() + "']"));
        assertInert("runs");

        browser.open(url + "runs/" + preview.runId());
        browser.until(d -> text().contains(CONTRACT) ? true : null);
        assertThat(text()).contains(COMPANY, SERVICE, CUSTOMER);
        assertInert("run");
    }

    @Test
    @Order(3)
    void theSandboxAndInventoryPagesShowTheNamesAsText() {
        browser.open(url + "sandbox");
        browser.until(d -> text().contains(CONTRACT) ? true : null);
        assertThat(text()).contains(COMPANY, SERVICE);
        assertInert("sandbox");

        browser.open(url + "inventory");
        browser.until(d -> text().contains("Contoso") ? true : null);
        assertInert("inventory");
        browser.open(url);
        browser.until(d -> text().contains(PLUGIN) ? true : null);
        assertInert("home");
    }

    /** Last: with script as the Autotask user name, Autotask refuses the plugin, so nothing after this bills. */
    @Test
    @Order(4)
    void aValueSavedWithScriptIsShownAsTheFieldsValue() {
        long version = client.get("/api/settings/" + PLUGIN).json().get("version").asLong();
        ApiClient.Answer user = client.send("PUT", "/api/settings/" + PLUGIN + "/panels/connection", "{\"version\":" + version
                + ",\"values\":{\"autotask.username\":" + ApiClient.quote(USER_NAME) + "}}");
        assertThat(user.status()).as(user.body()).isEqualTo(200);

        new SettingsPage(browser, url).open(PLUGIN, "connection");
        assertThat(browser.find(By.cssSelector("input[data-field='autotask.username']")).getAttribute("value")).isEqualTo(USER_NAME);
        assertInert("settings-connection");
    }

    /** The page scripts build every node with createElement and textContent; no HTML parser is ever reached. */
    @Test
    void theFrontEndNeverHandsTextToAnHtmlParser() throws IOException {
        Path scripts = Path.of("src", "main", "resources", "web", "static", "js");
        List<String> sinks = List.of("innerHTML", "outerHTML", "insertAdjacentHTML", "document.write", "DOMParser",
                "createContextualFragment", "srcdoc", "eval(", "new Function", "setTimeout('", "setInterval('");
        try (Stream<Path> files = Files.walk(scripts)) {
            Map<Path, String> sources = new java.util.TreeMap<>();
            files.filter(f -> f.toString().endsWith(".js")).forEach(f -> {
                try {
                    sources.put(f, Files.readString(f));
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
            assertThat(sources).hasSizeGreaterThan(10);
            sources.forEach((file, source) -> assertThat(sinks).as(file.toString()).noneMatch(source::contains));
        }
    }
}
