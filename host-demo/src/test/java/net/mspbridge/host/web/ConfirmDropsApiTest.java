package net.mspbridge.host.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;

import net.mspbridge.host.fake.ApiClient;
import net.mspbridge.host.fake.ApiClient.Answer;
import net.mspbridge.host.fake.FakeSettings;
import net.mspbridge.host.fake.TestHost;

/** POST /api/runs/{id}/confirm-drops: what it refuses, saying what to fix, and that it changes nothing then. */
class ConfirmDropsApiTest {

    @TempDir
    Path dataDir;
    private TestHost host;
    private ApiClient client;
    private String runId;

    @BeforeEach
    void start() throws InterruptedException {
        host = new TestHost(dataDir);
        client = host.signedIn();
        assertThat(client.send("PUT", "/api/settings/fake-billing/panels/services", "{\"version\":0,\"values\":"
                + "{\"byCategory\":\"false\"},\"tables\":{\"services\":{\"app-edr\":{\"service\":\"svc-edr-ws\"}}}}")
                .status()).isEqualTo(200);
        Answer started = client.send("POST", "/api/runs", "{\"mode\":\"APPLY\"}");
        runId = started.json().get("run").get("runId").asText();
        host.app.core().runs().await(runId, Duration.ofSeconds(20));
    }

    @AfterEach
    void stop() {
        host.close();
    }

    private Answer confirm(String run, String body) {
        return client.send("POST", "/api/runs/" + run + "/confirm-drops", body);
    }

    @Test
    void aRunWithoutHeldDropsConfirmsNothing() {
        Answer answer = confirm(runId, "{}");

        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        assertThat(answer.json().get("confirmed").asInt()).isZero();
        assertThat(answer.json().has("run")).isFalse();
    }

    @Test
    void aLineThatIsNotHeldIsRefusedSayingSo() {
        Answer answer = confirm(runId, "{\"line\":0}");

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.json().get("message").asText()).contains("not a held drop");
        assertThat(host.app.core().runs().pendingConfirmations(FakeSettings.PLUGIN_ID)).isEmpty();
    }

    @Test
    void badBodiesAndUnknownRunsAreRefused() {
        assertThat(confirm(runId, "{\"line\":-1}").status()).isEqualTo(400);
        assertThat(confirm(runId, "{\"line\":\"first\"}").status()).isEqualTo(400);
        assertThat(confirm(runId, "{\"apply\":\"yes\"}").status()).isEqualTo(400);
        assertThat(confirm(runId, "{\"everything\":true}").status()).isEqualTo(400);
        assertThat(confirm("run-404", "{}").status()).isEqualTo(404);
        assertThat(host.app.core().runs().pendingConfirmations(FakeSettings.PLUGIN_ID)).isEmpty();
    }
}
