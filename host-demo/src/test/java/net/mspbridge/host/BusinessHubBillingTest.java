package net.mspbridge.host;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.stream.StreamSupport;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import net.mspbridge.host.fake.ApiClient;
import net.mspbridge.host.plugins.RealPluginHost;
import net.mspbridge.host.sandbox.seed.DemoData;

/**
 * Kaspersky Business Hub has no public API: its per-user usage reaches the plugin through the host's
 * device inventory. Switching the Connection panel to Business Hub bills the inventory's seats end to
 * end, through the real plugin and the Autotask sandbox, over the host's own HTTP API.
 */
class BusinessHubBillingTest {

    private static final String PLUGIN = "kaspersky-autotask";
    private static final String PASSWORD = "business-hub-test-password";

    @Test
    void choosingBusinessHubBillsTheInventorysPerUserSeats(@TempDir Path dir) throws InterruptedException {
        try (ServedHost host = RealPluginHost.start(RealPluginHost.config(dir, PASSWORD).build())) {
            ApiClient client = new ApiClient(host.app().port());
            client.login(PASSWORD);
            long version = client.get("/api/settings/" + PLUGIN).json().get("version").asLong();

            ApiClient.Answer saved = client.send("PUT", "/api/settings/" + PLUGIN + "/panels/connection",
                    "{\"version\":" + version + ",\"values\":{\"kaspersky.solution\":\"kbh\"}}");
            assertThat(saved.status()).as(saved.body()).isEqualTo(200);

            JsonNode run = apply(client, host);

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

    private static JsonNode apply(ApiClient client, ServedHost host) throws InterruptedException {
        ApiClient.Answer started = client.send("POST", "/api/runs", "{\"mode\":\"APPLY\",\"pluginId\":\"" + PLUGIN + "\"}");
        assertThat(started.status()).as(started.body()).isEqualTo(202);
        String runId = started.json().get("run").get("runId").asText();
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        JsonNode run = client.get("/api/runs/" + runId).json().get("run");
        while (!run.get("finished").asBoolean() && System.nanoTime() < deadline) {
            host.app().core().runs().await(runId, Duration.ofMillis(200));
            run = client.get("/api/runs/" + runId).json().get("run");
        }
        return run;
    }
}
