package net.mspbridge.host.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;

import net.mspbridge.api.host.Secret;
import net.mspbridge.host.ServedHost;
import net.mspbridge.host.fake.ApiClient;
import net.mspbridge.host.fake.RecordingServer;
import net.mspbridge.host.plugins.RealPluginHost;
import net.mspbridge.host.sandbox.SandboxConfig;
import net.mspbridge.host.sandbox.Sandboxes;
import net.mspbridge.host.sandbox.autotask.AutotaskCredentials;
import net.mspbridge.host.sandbox.ksc.KscCredentials;

/**
 * Issue 19 point 1, through the host's API with the real plugin and the demo sandboxes: a stored
 * secret is only sent to the destination it was saved with. A loopback server that records every
 * byte stands in for the server an attacker proposes.
 */
@Timeout(value = 120, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class SecretDestinationApiTest {

    private static final String ADMIN = "admin-password-for-destinations";
    private static final String AUTOTASK_SECRET = "stored-autotask-secret-Qd42";
    private static final String KSC_PASSWORD = "stored-ksc-password-Rf63";
    private static final String TYPED = "typed-again-secret-Ty55";
    private static final String PANEL = "/api/settings/kaspersky-autotask/panels/connection";

    @TempDir
    static Path dir;
    private static ServedHost host;
    private static ApiClient client;

    @BeforeAll
    static void start() {
        Sandboxes.start(SandboxConfig.builder().dataDir(dir.resolve("data"))
                .autotaskCredentials(new AutotaskCredentials("api-user@sandbox.example", Secret.of(AUTOTASK_SECRET), "CODE-1"))
                .kscCredentials(new KscCredentials("ksc-billing", Secret.of(KSC_PASSWORD), "")).build()).close();
        host = RealPluginHost.start(RealPluginHost.config(dir, ADMIN).build());
        client = new ApiClient(host.app().port());
        assertThat(client.login(ADMIN).status()).isEqualTo(200);
    }

    @AfterAll
    static void stop() {
        if (host != null) {
            host.close();
        }
    }

    @Test
    void testingAutotaskOnAProposedBaseUrlSendsNothingThereAndSaysToTypeTheSecretAgain() throws Exception {
        try (RecordingServer attacker = new RecordingServer()) {
            String url = "http://localhost:" + attacker.port() + "/attacker-chosen-path/";
            JsonNode answer = client.send("POST", PANEL + "/actions/test-autotask", "{\"values\":{\"autotask.baseUrl\":\""
                    + url + "\"}, \"tables\":{}, \"secrets\":{}, \"clearSecrets\":[]}").json();

            assertThat(attacker.received()).isEmpty();
            assertThat(answer.get("outcome").asText()).isEqualTo("FAILED");
            assertThat(answer.toString()).contains("Type the Autotask API secret again")
                    .contains("only ever sent to the server it was saved with");
        }
    }

    @Test
    void aSecretTypedAgainGoesToTheProposedBaseUrl() throws Exception {
        try (RecordingServer server = new RecordingServer()) {
            String url = "http://localhost:" + server.port() + "/other-path/";
            client.send("POST", PANEL + "/actions/test-autotask", "{\"values\":{\"autotask.baseUrl\":\"" + url
                    + "\"}, \"secrets\":{\"autotask.secret\":\"" + TYPED + "\"}}");

            assertThat(server.received()).isNotEmpty().allSatisfy(request -> assertThat(request)
                    .startsWith("GET /other-path/").contains(TYPED).doesNotContain(AUTOTASK_SECRET));
        }
    }

    @Test
    void savingAnotherBaseUrlWithoutTheSecretIsRefusedOnTheSecretField() throws Exception {
        long version = client.get("/api/settings/kaspersky-autotask").json().get("version").asLong();
        try (RecordingServer attacker = new RecordingServer()) {
            String url = "http://127.0.0.1:" + attacker.port() + "/attacker-chosen-path/";
            ApiClient.Answer refused = client.send("PUT", PANEL, "{\"version\":" + version
                    + ",\"values\":{\"autotask.baseUrl\":\"" + url + "\"}}");

            assertThat(refused.status()).as(refused.body()).isEqualTo(422);
            assertThat(refused.json().get("messages")).anySatisfy(m -> {
                assertThat(m.get("field").asText()).isEqualTo("autotask.secret");
                assertThat(m.get("text").asText()).contains("again");
            });
            assertThat(client.get("/api/settings/kaspersky-autotask").json().get("version").asLong()).isEqualTo(version);
            // The stored connection still works, and went nowhere else.
            assertThat(client.send("POST", PANEL + "/actions/test-autotask", "{}").json().get("outcome").asText())
                    .isEqualTo("SUCCESSFUL");
            assertThat(attacker.received()).isEmpty();
        }
    }

    @Test
    void testingKasperskyOnAProposedAddressOrPinSendsNothingUntilThePasswordIsTypedAgain() throws Exception {
        try (RecordingServer attacker = new RecordingServer()) {
            String address = "127.0.0.1:" + attacker.port();
            JsonNode moved = client.send("POST", PANEL + "/actions/test-kaspersky",
                    "{\"values\":{\"ksc.address\":\"" + address + "\"}}").json();
            String pin = "ab".repeat(32);
            JsonNode pinned = client.send("POST", PANEL + "/actions/test-kaspersky",
                    "{\"values\":{\"ksc.certificatePin\":\"" + pin + "\"}}").json();

            assertThat(attacker.received()).isEmpty();
            for (JsonNode answer : new JsonNode[] {moved, pinned}) {
                assertThat(answer.get("outcome").asText()).isEqualTo("FAILED");
                assertThat(answer.toString()).contains("Type the Kaspersky Security Center password again");
            }

            client.send("POST", PANEL + "/actions/test-kaspersky", "{\"values\":{\"ksc.address\":\"" + address
                    + "\"}, \"secrets\":{\"ksc.password\":\"" + TYPED + "\"}}");
            // The typed password is tried there: the client opened a connection (its TLS hello is all it sent).
            assertThat(attacker.received()).isNotEmpty().noneMatch(bytes -> bytes.contains(KSC_PASSWORD));
        }
    }

    @Test
    void theStoredKasperskyConnectionStillWorks() {
        assertThat(client.send("POST", PANEL + "/actions/test-kaspersky", "{}").json().get("outcome").asText())
                .isEqualTo("SUCCESSFUL");
    }
}
