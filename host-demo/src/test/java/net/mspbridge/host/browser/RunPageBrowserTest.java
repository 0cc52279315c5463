package net.mspbridge.host.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;

import net.mspbridge.api.billing.RunMode;
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

    private final MutableClock clock = new MutableClock(Instant.now(), ZoneOffset.UTC);

    @RegisterExtension
    final HostInChromium<TestHost> web = HostInChromium.fakePlugin(dir -> new TestHost(dir, clock))
            .setUp(FakeHostSteps::edrMapped).signedInAt("runs").screenshotsAs("run-page-");

    /** Opens the deferred run's page and waits until it offers to cancel the scheduled continuation. */
    private RunPage openWithContinuation(String deferred) {
        RunPage page = web.runPage(deferred);
        assertThat(page.continuation("SCHEDULED")).contains(deferred + " stopped to spare").contains("Cancel continuation");
        return page;
    }

    @Test
    void theContinuationTheHostStartsIsSaidWithALinkToTheRunThatContinued() throws InterruptedException {
        String deferred = FakeHostSteps.deferredRun(web.host());
        RunPage page = openWithContinuation(deferred);
        web.browser().fullPageScreenshot("run-page-01-continuation-scheduled");

        clock.advance(Duration.ofMinutes(2));
        List<RunRecord> started = web.host().app.continuations().tick();
        assertThat(started).hasSize(1);
        String continued = started.get(0).runId();

        assertThat(page.continuation("STARTED")).isEqualTo("Continued by " + continued + ".");
        assertThat(page.cancelContinuationButtons()).isEmpty();
        assertThat(page.continuedByLink()).isEqualTo(web.url() + "runs/" + continued);
        web.browser().fullPageScreenshot("run-page-02-continued");

        web.browser().find(By.cssSelector(".continuation [data-role='continued-by']")).click();
        web.browser().until(d -> d.getCurrentUrl().endsWith("/runs/" + continued) ? true : null);
        page.awaitState("COMPLETED");
        assertThat(web.browser().find(By.cssSelector(".facts")).getText()).contains(deferred + ", deferred to spare");

        // Opened afresh, the deferred run's page links to the run that continued it too.
        web.runPage(deferred);
        assertThat(web.browser().find(By.cssSelector("[data-role='continuation']")).getText()).isEqualTo("Continued by " + continued + ".");
        assertThat(web.browser().find(By.cssSelector("[data-role='continuation'] [data-role='continued-by']")).getAttribute("href"))
                .isEqualTo(web.url() + "runs/" + continued);
    }

    @Test
    void aContinuationCancelledInAnotherTabLosesItsCancelButton() throws InterruptedException {
        String deferred = FakeHostSteps.deferredRun(web.host());
        RunPage page = openWithContinuation(deferred);
        FakeHostSteps.cancelContinuationElsewhere(web.host());

        assertThat(page.continuation("CANCELLED")).isEqualTo("Continuation of " + deferred + " cancelled by admin.");
        assertThat(page.cancelContinuationButtons()).isEmpty();
    }

    @Test
    void anApplyFromTheCommandLineSupersedesTheContinuation() throws InterruptedException {
        String deferred = FakeHostSteps.deferredRun(web.host());
        RunPage page = openWithContinuation(deferred);

        // What `bill --apply` does beside a serving host: the same run service over the shared database.
        String applied = web.host().app.core().runs().start(new RunRequest(P, RunMode.APPLY, LocalDate.now(clock),
                Trigger.COMMAND_LINE, "ops")).runId();

        assertThat(page.continuation("SUPERSEDED")).isEqualTo("Continuation of " + deferred + " superseded by " + applied
                + ", an apply run started before it.");
        assertThat(page.cancelContinuationButtons()).isEmpty();
    }

    @Test
    void thePageOfARunUnderWayFollowsItToItsEndAndReport() throws InterruptedException {
        web.host().fake.billing.hold();
        String applied;
        RunPage running;
        try {
            applied = web.host().app.core().runs().start(new RunRequest(P, RunMode.APPLY, LocalDate.now(clock),
                    Trigger.COMMAND_LINE, "ops")).runId();
            assertThat(web.host().fake.billing.awaitHeld(Duration.ofSeconds(20))).isTrue();

            running = web.runPage(applied);
            assertThat(running.state()).isEqualTo("RUNNING");
            assertThat(running.progressHead()).startsWith("Applying (" + applied + ")")
                    .contains("Started from the command line by ops at ");
            web.browser().until(d -> d.findElement(By.cssSelector(".progress-step")).getText().startsWith("Billed") ? true : null);
            web.browser().fullPageScreenshot("run-page-03-following");
        } finally {
            web.host().fake.billing.release();
        }

        running.awaitState("COMPLETED");
        assertThat(web.browser().find(By.cssSelector(".report-lines")).getText()).contains("Woodgrove Bank").contains("Applied");
        assertThat(web.browser().find(By.cssSelector(".facts")).getText()).doesNotContain("not yet");
        assertThat(web.browser().driver().findElements(By.cssSelector(".run-progress"))).isEmpty();
        web.browser().fullPageScreenshot("run-page-04-followed-to-the-end");
    }
}
