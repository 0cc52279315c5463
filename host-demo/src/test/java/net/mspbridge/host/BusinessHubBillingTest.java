package net.mspbridge.host;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.StreamSupport;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import net.mspbridge.host.fake.ApiClient;
import net.mspbridge.host.plugins.RealPluginHost;
import net.mspbridge.host.sandbox.autotask.AtAdjustment;
import net.mspbridge.host.sandbox.seed.DemoData;

/**
 * Kaspersky Business Hub has no public API: its per-user usage reaches the plugin through the host's
 * device inventory. Switching the Connection panel to Business Hub bills the inventory's seats end to
 * end, through the real plugin and the Autotask sandbox, over the host's own HTTP API.
 */
class BusinessHubBillingTest {

    private static final String PLUGIN = "kaspersky-autotask";
    private static final String PASSWORD = "business-hub-test-password";
    private static final String BILLING_OFF = "customer billing off (Companies panel)";

    @Test
    void choosingBusinessHubBillsTheInventorysPerUserSeats(@TempDir Path dir) throws InterruptedException {
        try (ServedHost host = RealPluginHost.start(RealPluginHost.config(dir, PASSWORD).build())) {
            ApiClient client = new ApiClient(host.app().port());
            client.login(PASSWORD);
            long version = client.get("/api/settings/" + PLUGIN).json().get("version").asLong();

            ApiClient.Answer saved = client.send("PUT", "/api/settings/" + PLUGIN + "/panels/connection",
                    "{\"version\":" + version + ",\"values\":{\"kaspersky.solution\":\"kbh\"}}");
            assertThat(saved.status()).as(saved.body()).isEqualTo(200);

            JsonNode run = RealPluginRuns.finished(client, host, "APPLY");

            assertThat(run.get("state").asText()).as(run.toString()).isIn("COMPLETED", "COMPLETED_WITH_PROBLEMS");
            JsonNode cloudPlus = StreamSupport.stream(run.get("report").get("lines").spliterator(), false)
                    .filter(line -> line.get("service").get("id").asText().equals(Long.toString(DemoData.CLOUD_PLUS_PER_USER)))
                    .findFirst().orElseThrow();
            assertThat(cloudPlus.get("customer").get("id").asText()).isEqualTo("cust-northwind");
            assertThat(cloudPlus.get("unitsWanted").asInt()).isEqualTo(24);
            assertThat(cloudPlus.get("outcome").asText()).isEqualTo("APPLIED");
            assertThat(host.sandboxes().orElseThrow().sandboxes().autotask()
                    .unitsInForce(DemoData.NORTHWIND_CONTRACT, DemoData.CLOUD_PLUS_PER_USER, LocalDate.now())).isEqualTo(24);
            // Office 365 mailboxes have no service mapped: 18 users of unbilled revenue, reported.
            assertThat(run.get("report").get("problems").toString())
                    .contains("UNMAPPED_USAGE", "Kaspersky Security for Microsoft Office 365");
        }
    }

    /**
     * Issue 16: Tailspin Toys is mapped with billing off. Its inventory is free to read, so the run's
     * evidence lists its seat groups one by one as not counted, "customer billing off", and the report
     * counts the same units; nothing of it is billed.
     */
    @Test
    void aBillingOffCustomersSeatsAreListedOnTheRunsEvidenceAndNothingOfItIsBilled(@TempDir Path dir)
            throws InterruptedException {
        try (ServedHost host = RealPluginHost.start(RealPluginHost.config(dir, PASSWORD).build())) {
            ApiClient client = new ApiClient(host.app().port());
            client.login(PASSWORD);
            long version = client.get("/api/settings/" + PLUGIN).json().get("version").asLong();
            assertThat(client.send("PUT", "/api/settings/" + PLUGIN + "/panels/connection",
                    "{\"version\":" + version + ",\"values\":{\"kaspersky.solution\":\"kbh\"}}").status()).isEqualTo(200);

            JsonNode run = RealPluginRuns.finished(client, host, "APPLY");
            String runId = run.get("runId").asText();

            JsonNode report = run.get("report");
            assertThat(report.get("lines").findValues("customer")).extracting(c -> c.get("id").asText())
                    .isNotEmpty().doesNotContain("cust-tailspin");
            assertThat(report.get("problems").toString()).doesNotContain("Tailspin");
            assertThat(host.sandboxes().orElseThrow().sandboxes().autotask().adjustments())
                    .extracting(AtAdjustment::contractID).isNotEmpty().containsOnly(DemoData.NORTHWIND_CONTRACT);
            // Cloud Plus 8 users and Office 365 8 users on a subscription, Cloud Pro 3 users on a trial.
            JsonNode inReport = only(report.get("notCounted"), "cust-tailspin");
            assertThat(inReport.get("reason").asText()).isEqualTo(BILLING_OFF);
            assertThat(inReport.get("devices").asInt()).isEqualTo(8 + 8 + 3);
            assertThat(inReport.get("devicesUnknown").asBoolean()).isFalse();

            JsonNode inEvidence = only(client.get("/api/runs/" + runId + "/evidence").json().get("notCounted"), "cust-tailspin");
            assertThat(inEvidence.get("reason").asText()).isEqualTo(BILLING_OFF);
            assertThat(inEvidence.get("units").asInt()).as("the evidence's units are the report's").isEqualTo(8 + 8 + 3);
            assertThat(inEvidence.get("devicesRead").asBoolean()).isTrue();
            JsonNode rows = client.get("/api/runs/" + runId + "/evidence/not-counted?customer=cust-tailspin").json().get("rows");
            assertThat(rows).extracting(r -> r.get("deviceName").asText(), r -> r.get("units").asInt(),
                    r -> r.get("reason").asText(), r -> r.get("contractId").asText()).containsExactlyInAnyOrder(
                            tuple("Kaspersky Endpoint Security Cloud Plus", 8, BILLING_OFF, ""),
                            tuple("Kaspersky Security for Microsoft Office 365", 8, BILLING_OFF, ""),
                            tuple("Kaspersky Endpoint Security Cloud Pro", 3, BILLING_OFF, ""));
            assertThat(client.get("/api/runs/" + runId + "/evidence.csv").body())
                    .contains("Kaspersky Endpoint Security Cloud Pro", BILLING_OFF);
        }
    }

    private static JsonNode only(JsonNode entries, String customerId) {
        List<JsonNode> found = StreamSupport.stream(entries.spliterator(), false)
                .filter(n -> customerId.equals(n.has("customerId") ? n.get("customerId").asText() : n.get("customer").get("id").asText()))
                .toList();
        assertThat(found).as("entries of %s in %s", customerId, entries).hasSize(1);
        return found.get(0);
    }
}
