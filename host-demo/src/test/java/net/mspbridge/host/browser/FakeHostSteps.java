package net.mspbridge.host.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import net.mspbridge.host.fake.ApiClient;
import net.mspbridge.host.fake.ApiClient.Answer;
import net.mspbridge.host.fake.FakeSettings;
import net.mspbridge.host.fake.TestHost;

/**
 * What the fake plugin's browser tests do to the host beside the page, through the REST API as a person in
 * another tab (or a script) would: the settings they start from, a deferred run, a cancel.
 */
final class FakeHostSteps {

    private FakeHostSteps() {
    }

    /**
     * The Services panel with EDR mapped to the workstation service and devices not billed by category: one
     * line per customer. For {@link HostInChromium#setUp}.
     */
    static void edrMapped(TestHost host) {
        Answer saved = host.signedIn().send("PUT", "/api/settings/" + FakeSettings.PLUGIN_ID + "/panels/services",
                "{\"version\":0,\"values\":{\"byCategory\":\"false\"},\"tables\":{\"services\":{\"app-edr\":{\"service\":\"svc-edr-ws\"}}}}");
        assertThat(saved.status()).as(saved.body()).isEqualTo(200);
    }

    /** An apply run started over the API and deferred, its continuation due a minute on; its id. */
    static String deferredRun(TestHost host) throws InterruptedException {
        host.fake.billing.deferrals.set(1);
        host.fake.billing.deferFor = Duration.ofMinutes(1);
        Answer started = host.signedIn().send("POST", "/api/runs", "{\"mode\":\"APPLY\"}");
        assertThat(started.status()).as(started.body()).isEqualTo(202);
        String runId = started.json().get("run").get("runId").asText();
        assertThat(host.app.core().runs().await(runId, Duration.ofSeconds(20)).state().name()).isEqualTo("DEFERRED");
        return runId;
    }

    /** Cancels the one scheduled continuation over the API, as another tab would. */
    static void cancelContinuationElsewhere(TestHost host) {
        ApiClient client = host.signedIn();
        long id = client.get("/api/continuations").json().get("continuations").get(0).get("id").asLong();
        Answer cancelled = client.send("POST", "/api/continuations/" + id + "/cancel", "{}");
        assertThat(cancelled.status()).as(cancelled.body()).isEqualTo(200);
    }
}
