package net.mspbridge.host.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import net.mspbridge.host.ServedHost;
import net.mspbridge.host.fake.ApiClient;
import net.mspbridge.host.sandbox.seed.DemoData;

/**
 * Apply's confirmation on the Billing page, in real Chromium with the real plugin and the demo sandboxes:
 * before the click that changes the billing system it says what the latest preview of that date found
 * (the changes, the problems), and above all when a moved mapping leaves units billed on a service no
 * longer mapped. A blank effective date is named before anything is sent.
 */
class ApplyConfirmationBrowserTest {

    private static final String PLUGIN = "kaspersky-autotask";
    private static final String PASSWORD = "apply-confirmation-password";
    private static final String SERVICES = "services.mapping";
    private static final String CARD = "section[data-plugin='" + PLUGIN + "']";
    private static final ObjectMapper JSON = new ObjectMapper();

    @RegisterExtension
    final HostInChromium<ServedHost> web = HostInChromium.realPlugin(PASSWORD).signedInAt("billing")
            .screenshotsAs("apply-confirmation-");

    private ApiClient client;

    /** The host's HTTP API beside the page, signed in (the fixture has started the host by now). */
    @BeforeEach
    void signInToTheApi() {
        client = new ApiClient(web.host().app().port());
        client.login(PASSWORD);
    }

    @Test
    void theConfirmationSaysWhatTheLatestPreviewOfTheDateFoundAndNamesUnitsAMovedMappingLeavesBilled() {
        BillingPage billing = web.billing().open();
        String today = web.browser().find(By.cssSelector(CARD + " input[type='date']")).getAttribute("value");

        assertThat(askToApply()).containsExactly("No preview for " + today
                + " yet: Preview shows what Apply would change, and changes nothing.");
        notNow();

        BillingPage.Result first = billing.preview(PLUGIN);
        JsonNode previewed = run(first.runId());
        // A run the page started has no origin line, and no "null" in its place.
        assertThat((Long) ((org.openqa.selenium.JavascriptExecutor) web.browser().driver()).executeScript(
                "return [...document.querySelector(arguments[0]).childNodes]"
                        + ".filter(n => n.nodeType === Node.TEXT_NODE && n.textContent.trim() === 'null').length",
                CARD + " .run-result")).isZero();
        assertThat(askToApply()).singleElement().asString().startsWith("The latest preview for " + today + " (" + first.runId())
                .endsWith("planned " + previewed.get("changes").asInt() + " changes and found 1 problem to act on.");
        confirmApply();

        ApiClient.Answer moved = moveWorkstationsToTheAnnualService();
        assertThat(moved.status()).as(moved.body()).isEqualTo(200);
        BillingPage.Result second = billing.preview(PLUGIN);
        int staleUnits = 0;
        int stale = 0;
        for (JsonNode problem : run(second.runId()).get("report").get("problems")) {
            if (problem.get("kind").asText().equals("STALE_MAPPING")) {
                stale++;
                staleUnits += problem.get("units").asInt();
            }
        }
        assertThat(stale).as("the moved mapping's old service, on each contract that had it").isPositive();

        List<String> said = askToApply();
        web.browser().fullPageScreenshot("apply-confirmation-stale");
        assertThat(said).hasSize(2);
        assertThat(said.get(1)).isEqualTo(stale + " stale mapping" + (stale == 1 ? "" : "s") + ": " + staleUnits
                + " units stay billed on services no longer mapped, besides what Apply adds. Switch on \"Zero stale "
                + "units\" (Billing options) to bring them to zero, or map them back.");
    }

    @Test
    void aBlankEffectiveDateIsNamedAndNothingIsStarted() {
        web.billing().open();
        int runsBefore = client.get("/api/runs").json().get("runs").size();
        WebElement date = web.browser().find(By.cssSelector(CARD + " input[type='date']"));
        ((org.openqa.selenium.JavascriptExecutor) web.browser().driver()).executeScript("arguments[0].value = ''", date);

        web.browser().find(By.cssSelector(CARD + " button[data-action='preview']")).click();

        assertThat(web.browser().visible(By.cssSelector(CARD + " .run-result .notice")).getText())
                .contains("Choose the effective date first");
        web.browser().find(By.cssSelector(CARD + " button[data-action='apply']")).click();
        assertThat(web.browser().find(By.cssSelector(CARD + " .confirm")).isDisplayed()).isFalse();
        assertThat(client.get("/api/runs").json().get("runs").size()).isEqualTo(runsBefore);
    }

    /** Clicks Apply and returns what its confirmation says about the latest preview. */
    private List<String> askToApply() {
        web.browser().find(By.cssSelector(CARD + " button[data-action='apply']")).click();
        web.browser().visible(By.cssSelector(CARD + " button[data-action='confirm-apply']"));
        return web.browser().driver().findElements(By.cssSelector(CARD + " [data-role='apply-check']")).stream()
                .map(WebElement::getText).toList();
    }

    private void notNow() {
        web.browser().find(By.xpath("//section[@data-plugin='" + PLUGIN + "']//div[contains(@class,'confirm')]"
                + "//button[text()='Not now']")).click();
    }

    private void confirmApply() {
        String before = web.browser().find(By.cssSelector(CARD + " .result-head[data-run-id]")).getAttribute("data-run-id");
        web.browser().find(By.cssSelector(CARD + " button[data-action='confirm-apply']")).click();
        web.browser().until(d -> d.findElements(By.cssSelector(CARD + " .result-head[data-run-id]")).stream()
                .anyMatch(head -> !head.getAttribute("data-run-id").equals(before)));
    }

    private JsonNode run(String runId) {
        return client.get("/api/runs/" + runId).json().get("run");
    }

    /** The Services row that bills workstations to the monthly EDR service, moved to the annual one. */
    private ApiClient.Answer moveWorkstationsToTheAnnualService() {
        JsonNode settings = client.get("/api/settings/" + PLUGIN).json();
        ObjectNode table = settings.get("tables").get(SERVICES).deepCopy();
        String monthly = Long.toString(DemoData.EDR_WORKSTATION);
        table.fields().forEachRemaining(row -> ((ObjectNode) row.getValue()).fields().forEachRemaining(cell -> {
            if (cell.getValue().asText().equals(monthly)) {
                cell.setValue(JSON.getNodeFactory().textNode(Long.toString(DemoData.EDR_WORKSTATION_ANNUAL)));
            }
        }));
        ObjectNode body = JSON.createObjectNode().put("version", settings.get("version").asLong());
        body.putObject("tables").set(SERVICES, table);
        return client.send("PUT", "/api/settings/" + PLUGIN + "/panels/services", body.toString());
    }
}
