package net.mspbridge.host.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;

import net.mspbridge.api.billing.RunMode;
import net.mspbridge.host.fake.ApiClient;
import net.mspbridge.host.fake.ApiClient.Answer;
import net.mspbridge.host.fake.FakeSettings;
import net.mspbridge.host.fake.MutableClock;
import net.mspbridge.host.fake.TestHost;
import net.mspbridge.host.runs.RunRecord;
import net.mspbridge.host.runs.RunRequest;
import net.mspbridge.host.runs.Trigger;

/**
 * A run's own page (/runs/{id}) left open keeps up with the host, in real Chromium against a real host and
 * without a reload: its scheduled continuation's Cancel button goes once the host starts the continuation
 * (the box then links to the run that continued), once it is cancelled in another tab, or once an apply
 * from the command line supersedes it; and the page of a run under way follows its progress to its end and
 * shows its report.
 */
class RunPageBrowserTest {

    private static final String P = FakeSettings.PLUGIN_ID;

    @TempDir
    Path dataDir;
    private final MutableClock clock = new MutableClock(Instant.now(), ZoneOffset.UTC);
    private TestHost host;
    private ApiClient client;
    private Browser browser;

    @RegisterExtension
    final ScreenshotOnFailure onFailure = new ScreenshotOnFailure("run-page-", () -> browser);

    @BeforeEach
    void start() {
        host = new TestHost(dataDir, clock);
        client = host.signedIn();
        assertThat(client.send("PUT", "/api/settings/" + P + "/panels/services", "{\"version\":0,\"values\":"
                + "{\"byCategory\":\"false\"},\"tables\":{\"services\":{\"app-edr\":{\"service\":\"svc-edr-ws\"}}}}").status())
                .isEqualTo(200);
        browser = new Browser();
        new LoginPage(browser).signIn(host.url() + "runs", TestHost.PASSWORD);
    }

    @AfterEach
    void stop() {
        if (browser != null) {
            browser.close();
        }
        if (host != null) {
            host.close();
        }
    }

    /** An apply run deferred through the REST API, with its continuation due a minute on; its id. */
    private String deferredRun() throws InterruptedException {
        host.fake.billing.deferrals.set(1);
        host.fake.billing.deferFor = Duration.ofMinutes(1);
        Answer started = client.send("POST", "/api/runs", "{\"mode\":\"APPLY\"}");
        assertThat(started.status()).as(started.body()).isEqualTo(202);
        String runId = started.json().get("run").get("runId").asText();
        assertThat(host.app.core().runs().await(runId, Duration.ofSeconds(20)).state().name()).isEqualTo("DEFERRED");
        return runId;
    }

    /** Opens the deferred run's page and waits until it offers to cancel the scheduled continuation. */
    private RunPage openWithContinuation(String deferred) {
        RunPage page = RunPage.open(browser, host.url(), deferred);
        assertThat(page.continuation("SCHEDULED")).contains(deferred + " stopped to spare").contains("Cancel continuation");
        return page;
    }

    @Test
    void theContinuationTheHostStartsIsSaidWithALinkToTheRunThatContinued() throws InterruptedException {
        String deferred = deferredRun();
        RunPage page = openWithContinuation(deferred);
        browser.fullPageScreenshot("run-page-01-continuation-scheduled");

        clock.advance(Duration.ofMinutes(2));
        List<RunRecord> started = host.app.continuations().tick();
        assertThat(started).hasSize(1);
        String continued = started.get(0).runId();

        assertThat(page.continuation("STARTED")).isEqualTo("Continued by " + continued + ".");
        assertThat(page.cancelContinuationButtons()).isEmpty();
        assertThat(page.continuedByLink()).isEqualTo(host.url() + "runs/" + continued);
        browser.fullPageScreenshot("run-page-02-continued");

        browser.find(By.cssSelector(".continuation [data-role='continued-by']")).click();
        RunPage next = RunPage.open(browser, host.url(), continued);
        next.awaitState("COMPLETED");
        assertThat(browser.find(By.cssSelector(".facts")).getText()).contains(deferred + ", deferred to spare");
    }

    @Test
    void aContinuationCancelledInAnotherTabLosesItsCancelButton() throws InterruptedException {
        String deferred = deferredRun();
        RunPage page = openWithContinuation(deferred);
        long id = client.get("/api/continuations").json().get("continuations").get(0).get("id").asLong();

        Answer cancelled = client.send("POST", "/api/continuations/" + id + "/cancel", "{}");
        assertThat(cancelled.status()).as(cancelled.body()).isEqualTo(200);

        assertThat(page.continuation("CANCELLED")).isEqualTo("Continuation of " + deferred + " cancelled by admin.");
        assertThat(page.cancelContinuationButtons()).isEmpty();
    }

    @Test
    void anApplyFromTheCommandLineSupersedesTheContinuation() throws InterruptedException {
        String deferred = deferredRun();
        RunPage page = openWithContinuation(deferred);

        // What `bill --apply` does beside a serving host: the same run service over the shared database.
        String applied = host.app.core().runs().start(new RunRequest(P, RunMode.APPLY, LocalDate.now(clock),
                Trigger.COMMAND_LINE, "ops")).runId();

        assertThat(page.continuation("SUPERSEDED")).isEqualTo("Continuation of " + deferred + " superseded by " + applied
                + ", an apply run started before it.");
        assertThat(page.cancelContinuationButtons()).isEmpty();
    }

    @Test
    void thePageOfARunUnderWayFollowsItToItsEndAndReport() throws InterruptedException {
        host.fake.billing.hold();
        String applied;
        RunPage running;
        try {
            applied = host.app.core().runs().start(new RunRequest(P, RunMode.APPLY, LocalDate.now(clock),
                    Trigger.COMMAND_LINE, "ops")).runId();
            assertThat(host.fake.billing.awaitHeld(Duration.ofSeconds(20))).isTrue();

            running = RunPage.open(browser, host.url(), applied);
            assertThat(running.state()).isEqualTo("RUNNING");
            assertThat(running.progressHead()).startsWith("Applying (" + applied + ")")
                    .contains("Started from the command line by ops at ");
            browser.until(d -> d.findElement(By.cssSelector(".progress-step")).getText().startsWith("Billed") ? true : null);
            browser.fullPageScreenshot("run-page-03-following");
        } finally {
            host.fake.billing.release();
        }

        running.awaitState("COMPLETED");
        assertThat(browser.find(By.cssSelector(".report-lines")).getText()).contains("Woodgrove Bank").contains("Applied");
        assertThat(browser.find(By.cssSelector(".facts")).getText()).doesNotContain("not yet");
        assertThat(browser.driver().findElements(By.cssSelector(".run-progress"))).isEmpty();
        browser.fullPageScreenshot("run-page-04-followed-to-the-end");
    }
}
