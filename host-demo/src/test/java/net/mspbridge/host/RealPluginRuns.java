package net.mspbridge.host;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import com.fasterxml.jackson.databind.JsonNode;

import net.mspbridge.host.fake.ApiClient;

/** A billing run of the real plugin started through the host's HTTP API, as the Billing page starts one. */
final class RealPluginRuns {

    static final String PLUGIN = "kaspersky-autotask";

    private RealPluginRuns() {
    }

    /** Starts a run ("PREVIEW" or "APPLY") and returns it, as the API shows it, once it has finished. */
    static JsonNode finished(ApiClient client, ServedHost host, String mode) throws InterruptedException {
        ApiClient.Answer started = client.send("POST", "/api/runs", "{\"mode\":\"" + mode + "\",\"pluginId\":\"" + PLUGIN + "\"}");
        assertThat(started.status()).as(started.body()).isEqualTo(202);
        String runId = started.json().get("run").get("runId").asText();
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        JsonNode run = client.get("/api/runs/" + runId).json().get("run");
        while (!run.get("finished").asBoolean() && System.nanoTime() < deadline) {
            host.app().core().runs().await(runId, Duration.ofMillis(200));
            run = client.get("/api/runs/" + runId).json().get("run");
        }
        assertThat(run.get("finished").asBoolean()).as("run %s finished", runId).isTrue();
        return run;
    }
}
