package net.mspbridge.host.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;

import net.mspbridge.host.fake.ApiClient;
import net.mspbridge.host.fake.ApiClient.Answer;
import net.mspbridge.host.fake.MutableClock;
import net.mspbridge.host.fake.TestHost;

/** The continuation of a deferred run through HTTP: listed, shown with its run in the history, cancelled. */
class ContinuationsApiTest {

    private static final Instant START = Instant.parse("2026-12-07T09:00:00Z");

    @TempDir
    Path dataDir;
    private final MutableClock clock = new MutableClock(START, ZoneOffset.UTC);
    private TestHost host;
    private ApiClient client;

    @BeforeEach
    void start() {
        host = new TestHost(dataDir, clock);
        client = host.signedIn();
        Answer mapped = client.send("PUT", "/api/settings/fake-billing/panels/services",
                "{\"version\":0,\"values\":{\"byCategory\":\"false\"},\"tables\":{\"services\":{\"app-edr\":{\"service\":\"svc-edr-ws\"}}}}");
        assertThat(mapped.status()).isEqualTo(200);
    }

    @AfterEach
    void stop() {
        host.close();
    }

    private String deferredRun() throws InterruptedException {
        host.fake.billing.deferrals.set(1);
        Answer started = client.send("POST", "/api/runs", "{\"mode\":\"APPLY\"}");
        assertThat(started.status()).as(started.body()).isEqualTo(202);
        String runId = started.json().get("run").get("runId").asText();
        host.app.core().runs().await(runId, Duration.ofSeconds(20));
        return runId;
    }

    @Test
    void aDeferredRunShowsItsContinuationWhichAPersonCanCancel() throws InterruptedException {
        String runId = deferredRun();

        JsonNode listed = client.get("/api/continuations").json().get("continuations");
        assertThat(listed).hasSize(1);
        JsonNode continuation = listed.get(0);
        assertThat(continuation.get("state").asText()).isEqualTo("SCHEDULED");
        assertThat(continuation.get("dueAt").asText()).isEqualTo("2026-12-07T10:01:00Z");
        assertThat(continuation.get("fromRunId").asText()).isEqualTo(runId);
        JsonNode inHistory = client.get("/api/runs").json().get("runs").get(0);
        assertThat(inHistory.get("state").asText()).isEqualTo("DEFERRED");
        assertThat(inHistory.get("continuation").get("id").asLong()).isEqualTo(continuation.get("id").asLong());
        assertThat(client.get("/api/runs/" + runId).json().get("run").get("continuation").get("state").asText())
                .isEqualTo("SCHEDULED");

        long id = continuation.get("id").asLong();
        assertThat(client.sendWithoutCsrf("POST", "/api/continuations/" + id + "/cancel", "{}").status()).isEqualTo(403);
        Answer cancelled = client.send("POST", "/api/continuations/" + id + "/cancel", "{}");

        assertThat(cancelled.status()).as(cancelled.body()).isEqualTo(200);
        assertThat(cancelled.json().get("continuation").get("state").asText()).isEqualTo("CANCELLED");
        assertThat(cancelled.json().get("continuation").get("note").asText()).isEqualTo("cancelled by admin");
        assertThat(client.get("/api/continuations").json().get("continuations")).isEmpty();
        assertThat(client.get("/api/runs").json().get("runs").get(0).get("continuation").get("state").asText())
                .isEqualTo("CANCELLED");
        Answer again = client.send("POST", "/api/continuations/" + id + "/cancel", "{}");
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.json().get("message").asText()).contains("can no longer be cancelled: it is cancelled");
        clock.advance(Duration.ofHours(2));
        assertThat(host.app.continuations().tick()).isEmpty();
    }

    @Test
    void anUnknownContinuationIsNotFound() {
        assertThat(client.send("POST", "/api/continuations/41/cancel", "{}").status()).isEqualTo(404);
        Answer notANumber = client.send("POST", "/api/continuations/abc/cancel", "{}");
        assertThat(notANumber.status()).isEqualTo(404);
        assertThat(notANumber.json().get("message").asText()).isEqualTo("there is no continuation 'abc'");
    }

    @Test
    void theContinuationStartedByTheHostSaysWhichRunItContinues() throws InterruptedException {
        String runId = deferredRun();
        clock.advance(Duration.ofMinutes(61));

        String continued = host.app.continuations().tick().get(0).runId();
        host.app.core().runs().await(continued, Duration.ofSeconds(20));
        client = host.signedIn(); // the session idled out over the hour the clock moved

        JsonNode run = client.get("/api/runs/" + continued).json().get("run");
        assertThat(run.get("trigger").asText()).isEqualTo("CONTINUATION");
        assertThat(run.get("triggerDescription").asText()).isEqualTo("a continuation of a deferred run");
        assertThat(run.get("continues").get("fromRunId").asText()).isEqualTo(runId);
    }
}
