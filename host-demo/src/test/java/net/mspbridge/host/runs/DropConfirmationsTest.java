package net.mspbridge.host.runs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.OptionalInt;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import net.mspbridge.api.billing.DropConfirmation;
import net.mspbridge.api.billing.LineOutcome;
import net.mspbridge.api.billing.ReportLine;
import net.mspbridge.api.billing.RunMode;
import net.mspbridge.host.fake.FakeSettings;

/**
 * Held drops confirmed on the host (plugin-api 1.2): recorded once with who confirmed, passed to the
 * plugin's next runs, made by one apply and then passed no more. Real H2, the in-process fake plugin.
 */
class DropConfirmationsTest {

    private static final String P = FakeSettings.PLUGIN_ID;
    private static final Duration WAIT = Duration.ofSeconds(20);

    @TempDir
    Path dataDir;
    private RunFixture fixture;
    private RunService runs;
    private final LocalDate today = LocalDate.now(Clock.systemUTC());

    @BeforeEach
    void open() {
        fixture = new RunFixture(dataDir, Clock.systemUTC()).mapped();
        fixture.fake.billing.holdDrops = true;
        runs = fixture.runs(RunFixture.FAST);
    }

    @AfterEach
    void close() {
        fixture.fake.releaseAll();
        runs.close();
        fixture.close();
    }

    private RunRecord run(RunMode mode) throws InterruptedException {
        return run(mode, today);
    }

    private RunRecord run(RunMode mode, LocalDate date) throws InterruptedException {
        RunRecord started = runs.start(new RunRequest(P, mode, date, Trigger.PAGE, "admin"));
        return runs.await(started.runId(), WAIT);
    }

    private RunRecord heldDrop() throws InterruptedException {
        return heldDrop(today);
    }

    /** Billed once, then the plugin finds 40 units in force for the first customer, whose usage is 20: a drop. */
    private RunRecord heldDrop(LocalDate date) throws InterruptedException {
        RunRecord first = run(RunMode.APPLY, date);
        String customer = first.report().orElseThrow().lines().get(0).customer().id();
        fixture.contexts.stored(P).store().put("billed/" + customer, "40");
        RunRecord held = run(RunMode.APPLY, date);
        assertThat(held.report().orElseThrow().lines(LineOutcome.HELD)).singleElement()
                .satisfies(l -> assertThat(l.unitChange()).isEqualTo(-20));
        return held;
    }

    @Test
    void aConfirmedDropIsPassedToTheNextApplyMadeOnceAndThenPassedNoMore() throws InterruptedException {
        RunRecord held = heldDrop();
        assertThat(fixture.fake.billing.requests.get(1).confirmations()).isEmpty();

        assertThat(runs.confirmDrops(held.runId(), OptionalInt.empty(), "admin")).isEqualTo(1);
        assertThat(runs.confirmDrops(held.runId(), OptionalInt.empty(), "other")).as("confirmed once").isZero();
        assertThat(runs.pendingConfirmations(P)).singleElement().satisfies(c -> {
            assertThat(c.confirmedBy()).isEqualTo("admin");
            assertThat(c.unitsInForce()).isEqualTo(40);
            assertThat(c.unitsWanted()).isEqualTo(20);
            assertThat(c.effectiveDate()).isEqualTo(today);
        });

        int heldLine = held.report().orElseThrow().lines().indexOf(held.report().orElseThrow().lines(LineOutcome.HELD).get(0));
        assertThat(runs.confirmationsOf(held.runId())).singleElement().satisfies(c -> {
            assertThat(c.line()).isEqualTo(heldLine);
            assertThat(c.confirmedBy()).isEqualTo("admin");
            assertThat(c.status()).isEqualTo(HeldLineConfirmation.Status.WAITING);
            assertThat(c.appliedRunId()).isEmpty();
        });

        RunRecord applied = run(RunMode.APPLY);

        assertThat(fixture.fake.billing.requests.get(2).confirmations()).extracting(DropConfirmation::confirmedBy)
                .containsExactly("admin");
        assertThat(applied.report().orElseThrow().lines()).extracting(ReportLine::outcome)
                .contains(LineOutcome.APPLIED).doesNotContain(LineOutcome.HELD);
        assertThat(runs.pendingConfirmations(P)).isEmpty();
        assertThat(runs.confirmationsOf(held.runId())).singleElement().satisfies(c -> {
            assertThat(c.status()).isEqualTo(HeldLineConfirmation.Status.MADE);
            assertThat(c.appliedRunId()).contains(applied.runId());
        });
        run(RunMode.APPLY);
        assertThat(fixture.fake.billing.requests.get(3).confirmations()).isEmpty();
    }

    @Test
    void aConfirmationIsPassedOnlyToRunsOfItsEffectiveDateAndLapsesWhenThatDateHasPassedUnmade()
            throws InterruptedException {
        LocalDate yesterday = today.minusDays(1);
        RunRecord held = heldDrop(yesterday);
        runs.confirmDrops(held.runId(), OptionalInt.empty(), "admin");

        RunRecord later = run(RunMode.APPLY);

        assertThat(fixture.fake.billing.requests.get(2).confirmations()).as("a confirmation of yesterday's drop cannot "
                + "cover today's, so today's run is not passed it").isEmpty();
        assertThat(later.report().orElseThrow().lines(LineOutcome.HELD)).as("today's drop is judged again").hasSize(1);
        assertThat(runs.pendingConfirmations(P)).as("the row is kept, for the record").hasSize(1);
        assertThat(runs.confirmationsOf(held.runId())).singleElement().satisfies(c -> {
            assertThat(c.confirmedBy()).isEqualTo("admin");
            assertThat(c.status()).isEqualTo(HeldLineConfirmation.Status.LAPSED);
            assertThat(c.appliedRunId()).isEmpty();
        });
        assertThat(runs.confirmationsOf(later.runId())).as("today's held line was not confirmed").isEmpty();

        RunRecord backDated = run(RunMode.APPLY, yesterday);

        assertThat(fixture.fake.billing.requests.get(3).confirmations()).extracting(DropConfirmation::effectiveDate)
                .containsExactly(yesterday);
        assertThat(runs.confirmationsOf(held.runId())).singleElement().satisfies(c -> {
            assertThat(c.status()).isEqualTo(HeldLineConfirmation.Status.MADE);
            assertThat(c.appliedRunId()).contains(backDated.runId());
        });
    }

    /** A killed host's run made the confirmed change and died before its report: the next apply finds it made. */
    @Test
    void aConfirmedDropFoundAlreadyMadeByTheNextApplyIsRecordedMadeNotLeftToLapse() throws InterruptedException {
        RunRecord held = heldDrop();
        runs.confirmDrops(held.runId(), OptionalInt.empty(), "admin");
        String customer = held.report().orElseThrow().lines(LineOutcome.HELD).get(0).customer().id();
        fixture.contexts.stored(P).store().put("billed/" + customer, "20");

        RunRecord next = run(RunMode.APPLY);

        assertThat(next.report().orElseThrow().lines()).extracting(ReportLine::outcome).containsOnly(LineOutcome.UNCHANGED);
        assertThat(runs.pendingConfirmations(P)).isEmpty();
        assertThat(runs.confirmationsOf(held.runId())).singleElement().satisfies(c -> {
            assertThat(c.status()).isEqualTo(HeldLineConfirmation.Status.MADE);
            assertThat(c.appliedRunId()).contains(next.runId());
        });
    }

    @Test
    void aPreviewIsPassedTheConfirmationsButDoesNotUseThemUp() throws InterruptedException {
        RunRecord held = heldDrop();
        runs.confirmDrops(held.runId(), OptionalInt.empty(), "admin");

        RunRecord preview = run(RunMode.PREVIEW);

        assertThat(preview.report().orElseThrow().lines(LineOutcome.PLANNED)).hasSize(1);
        assertThat(runs.pendingConfirmations(P)).hasSize(1);
    }

    @Test
    void oneLineCanBeConfirmedByItsIndexAndOnlyAHeldOne() throws InterruptedException {
        RunRecord held = heldDrop();
        int index = held.report().orElseThrow().lines().indexOf(held.report().orElseThrow().lines(LineOutcome.HELD).get(0));

        assertThatThrownBy(() -> runs.confirmDrops(held.runId(), OptionalInt.of(index == 0 ? 1 : 0), "admin"))
                .isInstanceOf(InvalidRunRequestException.class).hasMessageContaining("not a held drop");
        assertThatThrownBy(() -> runs.confirmDrops(held.runId(), OptionalInt.of(99), "admin"))
                .isInstanceOf(InvalidRunRequestException.class);
        assertThat(runs.pendingConfirmations(P)).isEmpty();
        assertThat(runs.confirmDrops(held.runId(), OptionalInt.of(index), "admin")).isEqualTo(1);
    }

    @Test
    void anUnknownRunIsReported() {
        assertThatThrownBy(() -> runs.confirmDrops("run-404", OptionalInt.empty(), "admin"))
                .isInstanceOf(RunNotFoundException.class);
    }
}
