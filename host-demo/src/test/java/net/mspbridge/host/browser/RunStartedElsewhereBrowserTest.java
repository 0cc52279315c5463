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
import org.openqa.selenium.WebElement;

import net.mspbridge.api.billing.RunMode;
import net.mspbridge.host.fake.FakeSettings;
import net.mspbridge.host.fake.MutableClock;
import net.mspbridge.host.fake.TestHost;
import net.mspbridge.host.runs.RunRecord;
import net.mspbridge.host.runs.RunRequest;
import net.mspbridge.host.runs.Trigger;

/**
 * An open Billing page keeps up with runs and continuations it did not start, in real Chromium against a
 * real host and without a reload: the continuation the host starts on its own, an apply from the command
 * line (the run registry every process shares), a scheduled run that ended between two looks, a continuation
 * cancelled in another tab; a run the page started is not followed twice; and the page's looks do not keep
 * its session from idling out.
 */
class RunStartedElsewhereBrowserTest {

    private static final String P = FakeSettings.PLUGIN_ID;
    private static final String CARD = "section[data-plugin='" + P + "'] ";

    private final MutableClock clock = new MutableClock(Instant.now(), ZoneOffset.UTC);

    @RegisterExtension
    final HostInChromium<TestHost> web = HostInChromium.fakePlugin(dir -> new TestHost(dir, clock))
            .setUp(FakeHostSteps::edrMapped).signedInAt("billing").screenshotsAs("elsewhere-");

    /** Opens the Billing page and waits until it offers to cancel the scheduled continuation of the run. */
    private BillingPage openWithContinuation(String deferred) {
        BillingPage billing = web.billing().open();
        assertThat(web.browser().visible(By.cssSelector(CARD + ".continuation[data-state='SCHEDULED']")).getText())
                .contains(deferred + " stopped to spare").contains("Cancel continuation");
        return billing;
    }

    private String continuationBox(String state) {
        return web.browser().visible(By.cssSelector(CARD + ".continuation[data-state='" + state + "']")).getText();
    }

    private List<WebElement> cancelContinuationButtons() {
        return web.browser().driver().findElements(By.cssSelector(CARD + "button[data-action='cancel-continuation']"));
    }

    /** Waits until the card's progress names the run; returns what the progress head says. */
    private String followedRun(String runId) {
        return web.browser().until(d -> {
            List<WebElement> heads = d.findElements(By.cssSelector(CARD + ".run-progress:not([hidden]) .progress-head"));
            return !heads.isEmpty() && heads.get(0).getText().contains("(" + runId + ")") ? heads.get(0).getText() : null;
        });
    }

    /** Waits for the finished result of the run; returns its state. */
    private String resultOf(String runId) {
        return web.browser().visible(By.cssSelector(CARD + ".result-head[data-run-id='" + runId + "']")).getAttribute("data-state");
    }

    private boolean buttonEnabled(String action) {
        return web.browser().find(By.cssSelector(CARD + "button[data-action='" + action + "']")).isEnabled();
    }

    @Test
    void theContinuationTheHostStartsIsFollowedByTheOpenPage() throws InterruptedException {
        String deferred = FakeHostSteps.deferredRun(web.host());
        openWithContinuation(deferred);

        web.host().fake.billing.hold();
        String continued;
        try {
            // Due a minute on (deferred for one): the host clock moves no further, so the page's session stays.
            clock.advance(Duration.ofMinutes(2));
            List<RunRecord> started = web.host().app.continuations().tick();
            assertThat(started).hasSize(1);
            continued = started.get(0).runId();

            String head = followedRun(continued);
            assertThat(head).startsWith("Applying (" + continued + ")")
                    .contains("Started by the host at ").contains("the continuation of " + deferred)
                    .contains("Cancel");
            assertThat(continuationBox("STARTED")).isEqualTo("Continued by " + continued + ".");
            assertThat(cancelContinuationButtons()).isEmpty();
            assertThat(buttonEnabled("preview")).isFalse();
            assertThat(buttonEnabled("apply")).isFalse();
            assertThat(web.host().fake.billing.awaitHeld(Duration.ofSeconds(20))).isTrue();
            web.browser().until(d -> d.findElement(By.cssSelector(CARD + ".progress-step")).getText().startsWith("Billed") ? true : null);
            web.browser().fullPageScreenshot("24-following-continuation");
        } finally {
            web.host().fake.billing.release();
        }

        assertThat(resultOf(continued)).isEqualTo("COMPLETED");
        assertThat(web.browser().find(By.cssSelector(CARD + ".run-result [data-role='run-origin']")).getText())
                .contains("the continuation of " + deferred);
        assertThat(continuationBox("STARTED")).isEqualTo("Continued by " + continued + ".");
        assertThat(buttonEnabled("preview")).isTrue();
        web.browser().fullPageScreenshot("25-continuation-followed");
    }

    @Test
    void anApplyFromTheCommandLineIsFollowedAndTheContinuationItSupersedesSaysSo() throws InterruptedException {
        String deferred = FakeHostSteps.deferredRun(web.host());
        openWithContinuation(deferred);

        web.host().fake.billing.hold();
        String applied;
        try {
            // What `bill --apply` does beside a serving host: the same run service over the shared database.
            applied = web.host().app.core().runs().start(new RunRequest(P, RunMode.APPLY, LocalDate.now(clock),
                    Trigger.COMMAND_LINE, "ops")).runId();

            assertThat(followedRun(applied)).startsWith("Applying (" + applied + ")")
                    .contains("Started from the command line by ops at ");
            assertThat(continuationBox("SUPERSEDED")).isEqualTo("Continuation of " + deferred + " superseded by " + applied
                    + ", an apply run started before it.");
            assertThat(cancelContinuationButtons()).isEmpty();
        } finally {
            web.host().fake.billing.release();
        }
        assertThat(resultOf(applied)).isEqualTo("COMPLETED");
    }

    @Test
    void aScheduledRunThatEndedBetweenTwoLooksIsShownAsItEnded() throws InterruptedException {
        BillingPage billing = web.billing().open();
        assertThat(billing.preview(P).state()).isEqualTo("COMPLETED");

        RunRecord scheduled = web.host().app.core().runs().start(new RunRequest(P, RunMode.APPLY, LocalDate.now(clock),
                Trigger.SCHEDULE, "daily schedule"));
        assertThat(web.host().app.core().runs().await(scheduled.runId(), Duration.ofSeconds(20)).state().name())
                .isEqualTo("COMPLETED");

        assertThat(resultOf(scheduled.runId())).isEqualTo("COMPLETED");
        assertThat(web.browser().find(By.cssSelector(CARD + ".run-result [data-role='run-origin']")).getText())
                .startsWith("Started by the daily schedule at ");
        assertThat(web.browser().find(By.cssSelector(CARD + ".report-lines")).getText()).contains("Applied");
        assertThat(buttonEnabled("apply")).isTrue();
    }

    @Test
    void aRunStartedFromThePageIsFollowedOnceNotAgainByTheWatch() throws InterruptedException {
        String deferred = FakeHostSteps.deferredRun(web.host());
        openWithContinuation(deferred);

        web.host().fake.billing.hold();
        try {
            web.browser().find(By.cssSelector(CARD + "button[data-action='preview']")).click();
            assertThat(web.host().fake.billing.awaitHeld(Duration.ofSeconds(20))).isTrue();
            String previewing = web.browser().until(d -> {
                List<WebElement> heads = d.findElements(By.cssSelector(CARD + ".run-progress:not([hidden]) .progress-head strong"));
                return heads.isEmpty() ? null : heads.get(0).getText();
            });
            assertThat(previewing).startsWith("Previewing (run-");
            // The watch has looked at the host since the run started once the box shows this cancel: the same
            // look would have found the page's own run, which must not be followed a second time.
            FakeHostSteps.cancelContinuationElsewhere(web.host());
            assertThat(continuationBox("CANCELLED")).isEqualTo("Continuation of " + deferred + " cancelled by admin.");

            assertThat(web.browser().driver().findElements(By.cssSelector(CARD + "[data-role='run-origin']"))).isEmpty();
            assertThat(web.browser().driver().findElements(By.cssSelector(CARD + ".progress-head"))).hasSize(1);
        } finally {
            web.host().fake.billing.release();
        }
        assertThat(web.browser().visible(By.cssSelector(CARD + ".result-head[data-state]")).getAttribute("data-state"))
                .isEqualTo("COMPLETED");
        assertThat(web.browser().driver().findElements(By.cssSelector(CARD + "[data-role='run-origin']"))).isEmpty();
    }

    @Test
    void theWatchLeavesTheSessionIdleSoAPageLeftOpenSignsOut() throws InterruptedException {
        String deferred = FakeHostSteps.deferredRun(web.host());
        openWithContinuation(deferred);
        clock.advance(Duration.ofMinutes(20));

        // The page has looked at the host (with the clock 20 minutes on) once the box shows this cancel.
        FakeHostSteps.cancelContinuationElsewhere(web.host());
        continuationBox("CANCELLED");
        clock.advance(Duration.ofMinutes(11));

        // 31 idle minutes since the page loaded, though it kept looking: its next look finds the session ended.
        String signIn = web.browser().until(d -> d.getCurrentUrl().contains("/login?next=") ? d.getCurrentUrl() : null);
        assertThat(signIn).endsWith("/login?next=%2Fbilling");
    }

    @Test
    void aContinuationCancelledInAnotherTabLosesItsCancelButton() throws InterruptedException {
        String deferred = FakeHostSteps.deferredRun(web.host());
        openWithContinuation(deferred);
        FakeHostSteps.cancelContinuationElsewhere(web.host());

        assertThat(continuationBox("CANCELLED")).isEqualTo("Continuation of " + deferred + " cancelled by admin.");
        assertThat(cancelContinuationButtons()).isEmpty();
    }
}
