package net.mspbridge.host.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import net.mspbridge.host.evidence.EvidenceCsv;
import net.mspbridge.host.fake.ApiClient;
import net.mspbridge.host.fake.ApiClient.Answer;
import net.mspbridge.host.fake.TestHost;

/**
 * The evidence routes through HTTP, with a plugin that writes none (as one built for plugin-api 1.2):
 * its runs bill as before and say they have no evidence; bad queries are refused with what to fix.
 */
class EvidenceApiTest {

    @TempDir
    Path dataDir;
    private TestHost host;
    private ApiClient client;
    private String runId;

    @BeforeEach
    void start() throws InterruptedException {
        host = new TestHost(dataDir);
        client = host.signedIn();
        Answer started = client.send("POST", "/api/runs", "{\"mode\":\"PREVIEW\"}");
        assertThat(started.status()).as(started.body()).isEqualTo(202);
        runId = started.json().get("run").get("runId").asText();
        host.app.core().runs().await(runId, Duration.ofSeconds(20));
    }

    @AfterEach
    void stop() {
        host.close();
    }

    @Test
    void aRunWhosePluginWritesNoEvidenceSaysSoAndItsCsvHasTheHeaderOnly() {
        assertThat(client.get("/api/runs/" + runId).json().get("run").get("state").asText()).startsWith("COMPLETED");
        Answer summary = client.get("/api/runs/" + runId + "/evidence");
        assertThat(summary.status()).isEqualTo(200);
        assertThat(summary.json().get("state").asText()).isEqualTo("NONE");
        assertThat(summary.json().get("keptRuns").asInt()).isEqualTo(30);

        Answer csv = client.get("/api/runs/" + runId + "/evidence.csv");
        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.body()).isEqualTo(String.join(",", EvidenceCsv.COLUMNS) + "\r\n");
    }

    @Test
    void anUnknownRunIsNotFound() {
        Answer answer = client.get("/api/runs/run-404/evidence/devices?contract=1&service=2");
        assertThat(answer.status()).isEqualTo(404);
        assertThat(answer.json().get("message").asText()).contains("run-404");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/evidence/devices?contract=1", "/evidence/devices?contract=1&service=2&limit=0",
            "/evidence/devices?contract=1&service=2&limit=501", "/evidence/devices?contract=1&service=2&offset=-1",
            "/evidence/not-counted", "/evidence/search?name=", "/evidence/search?name=x&limit=101"})
    void aBadQueryIsRefusedSayingWhatToFix(String query) {
        Answer answer = client.get("/api/runs/" + runId + query);

        assertThat(answer.status()).as(answer.body()).isEqualTo(400);
        assertThat(answer.json().get("message").asText()).containsAnyOf("is required", "must be");
    }

    @Test
    void aPageOfAnEmptyLineIsEmpty() {
        Answer answer = client.get("/api/runs/" + runId + "/evidence/devices?contract=1&service=2");

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.json().get("total").asLong()).isZero();
        assertThat(answer.json().get("rows")).isEmpty();
    }
}
