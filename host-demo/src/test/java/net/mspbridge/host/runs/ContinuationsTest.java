package net.mspbridge.host.runs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import net.mspbridge.api.billing.RunMode;
import net.mspbridge.host.fake.FakeSettings;
import net.mspbridge.host.fake.MutableClock;

/**
 * A deferred apply run whose plugin says when the rest may be done is continued by the host on its own:
 * at that time, with the same effective date, again and again until the work is done; never when
 * cancelled or superseded; kept across a restart. The clock is moved by hand, nothing waits for time.
 */
class ContinuationsTest {

    private static final String P = FakeSettings.PLUGIN_ID;
    private static final Duration WAIT = Duration.ofSeconds(20);
    private static final Instant START = Instant.parse("2026-12-07T09:00:00Z");
    /** A date other than the clock's day: the continuation must keep the run's, not take today. */
    private static final LocalDate DATE = LocalDate.of(2026, 12, 1);

    @TempDir
    Path dataDir;
    private final MutableClock clock = new MutableClock(START, ZoneOffset.UTC);
    private RunFixture fixture;
    private RunService runs;

    @BeforeEach
    void open() {
        fixture = new RunFixture(dataDir, clock).mapped();
        runs = fixture.runs(RunFixture.FAST);
    }

    @AfterEach
    void close() {
        fixture.fake.releaseAll();
        runs.close();
        fixture.close();
    }

    private RunRecord run(RunMode mode, Trigger trigger) throws InterruptedException {
        RunRecord started = runs.start(new RunRequest(P, mode, DATE, trigger, "admin"));
        return runs.await(started.runId(), WAIT);
    }

    private RunRecord awaited(RunRecord started) throws InterruptedException {
        return runs.await(started.runId(), WAIT);
    }

    @Test
    void aDeferredApplyRunIsContinuedWhenThePluginSaysAndSoOnUntilTheWorkIsDone() throws InterruptedException {
        fixture.fake.billing.deferrals.set(2);

        RunRecord first = run(RunMode.APPLY, Trigger.PAGE);
        assertThat(first.state()).isEqualTo(RunState.DEFERRED);
        Continuation one = only(runs.scheduledContinuations());
        assertThat(one.dueAt()).isEqualTo(START.plus(Duration.ofMinutes(61)));
        assertThat(one.fromRunId()).isEqualTo(first.runId());
        assertThat(one.step()).isEqualTo(1);

        clock.set(one.dueAt().minusSeconds(1));
        assertThat(runs.startDueContinuations()).isEmpty();
        clock.set(one.dueAt());
        RunRecord second = awaited(only(runs.startDueContinuations()));
        assertThat(second.trigger()).isEqualTo(Trigger.CONTINUATION);
        assertThat(second.mode()).isEqualTo(RunMode.APPLY);
        assertThat(second.effectiveDate()).isEqualTo(DATE);
        assertThat(second.startedBy()).isEqualTo("continuation of " + first.runId());
        assertThat(second.state()).isEqualTo(RunState.DEFERRED);
        assertThat(runs.continuationThatStarted(second.runId()).map(Continuation::id)).contains(one.id());

        Continuation two = only(runs.scheduledContinuations());
        assertThat(two.step()).isEqualTo(2);
        assertThat(two.fromRunId()).isEqualTo(second.runId());
        clock.set(two.dueAt());
        RunRecord third = awaited(only(runs.startDueContinuations()));
        assertThat(third.state()).isEqualTo(RunState.COMPLETED);
        assertThat(runs.scheduledContinuations()).isEmpty();
        assertThat(runs.continuationsOf(List.of(first.runId(), second.runId(), third.runId())))
                .containsOnlyKeys(first.runId(), second.runId())
                .allSatisfy((run, c) -> assertThat(c.state()).isEqualTo(ContinuationState.STARTED));
    }

    @Test
    void aPreviewAndARunThatDidNotDeferAreNotContinued() throws InterruptedException {
        fixture.fake.billing.deferrals.set(0);
        assertThat(run(RunMode.APPLY, Trigger.PAGE).state()).isEqualTo(RunState.COMPLETED);
        assertThat(run(RunMode.PREVIEW, Trigger.PAGE).state()).isEqualTo(RunState.COMPLETED);

        assertThat(runs.scheduledContinuations()).isEmpty();
    }

    @Test
    void aCancelledContinuationNeverRunsAndCannotBeCancelledTwice() throws InterruptedException {
        fixture.fake.billing.deferrals.set(1);
        run(RunMode.APPLY, Trigger.PAGE);
        Continuation scheduled = only(runs.scheduledContinuations());

        Continuation cancelled = runs.cancelContinuation(scheduled.id(), "admin");

        assertThat(cancelled.state()).isEqualTo(ContinuationState.CANCELLED);
        assertThat(cancelled.note()).isEqualTo("cancelled by admin");
        clock.set(scheduled.dueAt().plus(Duration.ofHours(1)));
        assertThat(runs.startDueContinuations()).isEmpty();
        assertThat(runs.history(10)).hasSize(1);
        assertThatThrownBy(() -> runs.cancelContinuation(scheduled.id(), "admin")).isInstanceOf(RunRefusedException.class)
                .hasMessage("continuation " + scheduled.id() + " can no longer be cancelled: it is cancelled");
        assertThatThrownBy(() -> runs.cancelContinuation(999, "admin")).isInstanceOf(RunNotFoundException.class)
                .hasMessage("there is no continuation 999");
    }

    @Test
    void anApplyRunStartedBeforeItSupersedesItAndAPreviewDoesNot() throws InterruptedException {
        fixture.fake.billing.deferrals.set(1);
        run(RunMode.APPLY, Trigger.PAGE);
        Continuation scheduled = only(runs.scheduledContinuations());

        run(RunMode.PREVIEW, Trigger.PAGE);
        assertThat(runs.scheduledContinuations()).containsExactly(scheduled);
        RunRecord byHand = run(RunMode.APPLY, Trigger.COMMAND_LINE);

        assertThat(runs.scheduledContinuations()).isEmpty();
        Continuation superseded = runs.continuationsOf(List.of(scheduled.fromRunId())).get(scheduled.fromRunId());
        assertThat(superseded.state()).isEqualTo(ContinuationState.SUPERSEDED);
        assertThat(superseded.note()).contains(byHand.runId());
        clock.set(scheduled.dueAt());
        assertThat(runs.startDueContinuations()).isEmpty();
    }

    @Test
    void aRestartedHostKeepsTheContinuationAndStartsItWhenDue() throws InterruptedException {
        fixture.fake.billing.deferrals.set(1);
        run(RunMode.APPLY, Trigger.PAGE);
        Continuation scheduled = only(runs.scheduledContinuations());
        runs.close();

        runs = fixture.runs(RunFixture.FAST);
        assertThat(runs.scheduledContinuations()).containsExactly(scheduled);
        clock.set(scheduled.dueAt());
        RunRecord continued = awaited(only(runs.startDueContinuations()));

        assertThat(continued.state()).isEqualTo(RunState.COMPLETED);
        assertThat(continued.effectiveDate()).isEqualTo(DATE);
    }

    @Test
    void aContinuationRefusedBecauseARunIsUnderWayWaitsForTheNextCheck() throws InterruptedException {
        fixture.fake.billing.deferrals.set(1);
        run(RunMode.APPLY, Trigger.PAGE);
        Continuation scheduled = only(runs.scheduledContinuations());
        fixture.fake.billing.hold();
        RunRecord preview = runs.start(new RunRequest(P, RunMode.PREVIEW, DATE, Trigger.PAGE, "admin"));
        clock.set(scheduled.dueAt());

        assertThat(runs.startDueContinuations()).isEmpty();
        assertThat(runs.scheduledContinuations()).containsExactly(scheduled);

        fixture.fake.billing.release();
        runs.await(preview.runId(), WAIT);
        assertThat(awaited(only(runs.startDueContinuations())).trigger()).isEqualTo(Trigger.CONTINUATION);
    }

    @Test
    void aTimeMoreThanADayAheadIsNotTrustedAndATimePassedStartsAtTheNextCheck() throws InterruptedException {
        fixture.fake.billing.deferrals.set(1);
        fixture.fake.billing.deferFor = Duration.ofDays(2);
        assertThat(run(RunMode.APPLY, Trigger.PAGE).state()).isEqualTo(RunState.DEFERRED);
        assertThat(runs.scheduledContinuations()).isEmpty();

        fixture.fake.billing.deferrals.set(1);
        fixture.fake.billing.deferFor = Duration.ofMinutes(-5);
        run(RunMode.APPLY, Trigger.PAGE);
        assertThat(only(runs.scheduledContinuations()).dueAt()).isEqualTo(clock.instant());
    }

    @Test
    void aContinuationClaimedByAProcessThatStoppedBeforeStartingItIsScheduledAgain() throws InterruptedException {
        fixture.fake.billing.deferrals.set(1);
        run(RunMode.APPLY, Trigger.PAGE);
        Continuation scheduled = only(runs.scheduledContinuations());
        clock.set(scheduled.dueAt());
        ContinuationStore store = new ContinuationStore(fixture.db, clock);
        assertThat(store.claim(scheduled.id())).isTrue(); // ... and the claiming process dies here

        assertThat(runs.startDueContinuations()).as("a fresh claim may be another process starting it").isEmpty();
        clock.advance(Continuations.STALE_CLAIM.plusSeconds(1));
        RunRecord continued = awaited(only(runs.startDueContinuations()));

        assertThat(continued.trigger()).isEqualTo(Trigger.CONTINUATION);
        assertThat(runs.continuationThatStarted(continued.runId()).map(Continuation::id)).contains(scheduled.id());
    }

    private static <T> T only(List<T> list) {
        assertThat(list).hasSize(1);
        return list.get(0);
    }
}
