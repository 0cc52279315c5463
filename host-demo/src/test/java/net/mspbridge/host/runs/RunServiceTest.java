package net.mspbridge.host.runs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import net.mspbridge.api.RunRejectedException;
import net.mspbridge.api.billing.BillingReport;
import net.mspbridge.api.billing.LineOutcome;
import net.mspbridge.api.billing.ProblemKind;
import net.mspbridge.api.billing.ReportLine;
import net.mspbridge.api.billing.RunMode;
import net.mspbridge.host.fake.FakeSettings;
import net.mspbridge.host.fake.Fault;
import net.mspbridge.host.fake.FaultSwitch;
import net.mspbridge.host.plugins.ExtensionSource;
import net.mspbridge.host.plugins.HostedPlugin;

class RunServiceTest {

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
        runs = fixture.runs(RunFixture.FAST);
    }

    @AfterEach
    void close() {
        fixture.fake.releaseAll();
        runs.close();
        fixture.close();
    }

    private RunRequest request(RunMode mode) {
        return new RunRequest(P, mode, today, Trigger.PAGE, "admin");
    }

    private RunRecord run(RunMode mode) throws InterruptedException {
        RunRecord started = runs.start(request(mode));
        return runs.await(started.runId(), WAIT);
    }

    @Nested
    class Lifecycle {

        @Test
        void aPreviewReportsPlannedChangesAndWritesNothing() throws InterruptedException {
            RunRecord preview = run(RunMode.PREVIEW);

            assertThat(preview.state()).isEqualTo(RunState.COMPLETED);
            assertThat(preview.message()).isEqualTo("5 change(s) planned");
            assertThat(preview.lines()).isEqualTo(5);
            assertThat(preview.changes()).isEqualTo(5);
            assertThat(preview.report()).hasValueSatisfying(r ->
                    assertThat(r.lines()).extracting(ReportLine::outcome).containsOnly(LineOutcome.PLANNED));
            assertThat(preview.finishedAt()).isPresent();
            assertThat(fixture.fake.billing.requests).singleElement()
                    .satisfies(r -> assertThat(r.runId()).isEqualTo(preview.runId()));
            assertThat(run(RunMode.PREVIEW).changes()).isEqualTo(5);
        }

        @Test
        void anApplyChangesUnitsOnceAndASecondApplyFindsNothingToDo() throws InterruptedException {
            RunRecord first = run(RunMode.APPLY);
            RunRecord second = run(RunMode.APPLY);

            assertThat(first.state()).isEqualTo(RunState.COMPLETED);
            assertThat(first.changes()).isEqualTo(5);
            assertThat(second.changes()).isZero();
            assertThat(second.report().orElseThrow().lines()).extracting(ReportLine::outcome)
                    .containsOnly(LineOutcome.UNCHANGED);
            // Billable devices only: Fabrikam's trial and Woodgrove's expired licence are not counted.
            assertThat(first.report().orElseThrow().lines()).extracting(l -> l.customer().name() + "=" + l.unitsWanted())
                    .containsExactly("Contoso Ltd.=20", "Fabrikam, Inc.=14", "Northwind Traders=13",
                            "Tailspin Toys GmbH=8", "Woodgrove Bank=9");
        }

        @Test
        void theHistoryListsRunsLatestFirstWithoutReports() throws InterruptedException {
            RunRecord preview = run(RunMode.PREVIEW);
            RunRecord apply = run(RunMode.APPLY);

            List<RunRecord> history = runs.history(10);

            assertThat(history).extracting(RunRecord::runId).containsExactly(apply.runId(), preview.runId());
            assertThat(history).allSatisfy(r -> assertThat(r.report()).isEmpty());
            assertThat(history.get(0).trigger()).isEqualTo(Trigger.PAGE);
            assertThat(history.get(0).startedBy()).isEqualTo("admin");
            assertThat(runs.find(apply.runId()).orElseThrow().report()).isPresent();
        }

        @Test
        void usageWithNoMappedServiceEndsWithProblems() throws InterruptedException {
            fixture.settings.save(P, 1, net.mspbridge.api.settings.SettingsValues.empty(),
                    net.mspbridge.host.settings.SecretChanges.none(), "admin");

            RunRecord run = run(RunMode.PREVIEW);

            assertThat(run.state()).isEqualTo(RunState.COMPLETED_WITH_PROBLEMS);
            assertThat(run.problems()).isEqualTo(5);
            assertThat(run.report().orElseThrow().problems()).allSatisfy(p ->
                    assertThat(p.kind()).isEqualTo(ProblemKind.UNMAPPED_USAGE));
        }

        @Test
        void progressIsVisibleWhileRunningAndCancelStopsTheRun() throws InterruptedException {
            fixture.fake.billing.hold();
            RunRecord started = runs.start(request(RunMode.APPLY));
            assertThat(fixture.fake.billing.awaitHeld(WAIT)).isTrue();

            RunRecord running = runs.find(started.runId()).orElseThrow();
            assertThat(running.state()).isEqualTo(RunState.RUNNING);
            assertThat(running.progress()).isEqualTo(new RunProgress(1, 6, "Billed Adatum Corporation"));

            RunRecord cancelling = runs.cancel(started.runId());
            assertThat(cancelling.cancelRequested()).isTrue();
            RunRecord ended = runs.await(started.runId(), WAIT);

            assertThat(ended.state()).isEqualTo(RunState.CANCELLED);
            assertThat(ended.report().orElseThrow().lines()).extracting(ReportLine::outcome)
                    .containsOnly(LineOutcome.DEFERRED);
        }

        @Test
        void cancellingAFinishedOrUnknownRunIsRefused() throws InterruptedException {
            RunRecord done = run(RunMode.PREVIEW);

            assertThatThrownBy(() -> runs.cancel(done.runId())).isInstanceOf(RunRefusedException.class)
                    .hasMessageContaining("has already finished (COMPLETED)");
            assertThatThrownBy(() -> runs.cancel("run-999")).isInstanceOf(RunNotFoundException.class);
        }
    }

    @Nested
    class Overlap {

        @Test
        void aSecondRunOfThePluginIsRefusedWhileOneIsUnderWayThenAllowed() throws InterruptedException {
            fixture.fake.billing.hold();
            RunRecord first = runs.start(request(RunMode.APPLY));
            assertThat(fixture.fake.billing.awaitHeld(WAIT)).isTrue();

            assertThatThrownBy(() -> runs.start(new RunRequest(P, RunMode.PREVIEW, today, Trigger.SCHEDULE, "daily schedule")))
                    .isInstanceOfSatisfying(RunRefusedException.class, e -> assertThat(e.otherRunId()).contains(first.runId()))
                    .hasMessageContaining("a billing run of this plugin is under way (" + first.runId()
                            + ", started by admin from the billing page at");

            fixture.fake.billing.release();
            assertThat(runs.await(first.runId(), WAIT).state()).isEqualTo(RunState.COMPLETED);
            assertThat(run(RunMode.PREVIEW).state()).isEqualTo(RunState.COMPLETED);
        }

        @Test
        void anotherProcessOnTheSameDataFolderIsRefusedToo() throws InterruptedException {
            RunService otherProcess = fixture.runs(RunFixture.FAST);
            try {
                fixture.fake.billing.hold();
                RunRecord first = runs.start(request(RunMode.APPLY));
                assertThat(fixture.fake.billing.awaitHeld(WAIT)).isTrue();

                assertThatThrownBy(() -> otherProcess.start(request(RunMode.APPLY))).isInstanceOf(RunRefusedException.class);
                assertThat(otherProcess.find(first.runId()).orElseThrow().state()).isEqualTo(RunState.RUNNING);
            } finally {
                fixture.fake.billing.release();
                otherProcess.close();
            }
        }

        @Test
        void aCancelFromAnotherProcessReachesTheRunThroughTheDatabase() throws InterruptedException {
            RunService otherProcess = fixture.runs(RunFixture.FAST);
            try {
                fixture.fake.billing.hold();
                RunRecord started = runs.start(request(RunMode.APPLY));
                assertThat(fixture.fake.billing.awaitHeld(WAIT)).isTrue();

                otherProcess.cancel(started.runId());

                assertThat(otherProcess.await(started.runId(), WAIT).state()).isEqualTo(RunState.CANCELLED);
            } finally {
                otherProcess.close();
            }
        }

        @Test
        void theClaimOfAProcessThatDiedRunsOutAndItsRunIsMarkedInterrupted() throws InterruptedException {
            deadProcessHolding("run-900", Duration.ofSeconds(-1));

            RunRecord next = run(RunMode.PREVIEW);

            assertThat(next.state()).isEqualTo(RunState.COMPLETED);
            assertThat(runs.find("run-900").orElseThrow()).satisfies(r -> {
                assertThat(r.state()).isEqualTo(RunState.INTERRUPTED);
                assertThat(r.message()).contains("stopped before it finished");
            });
        }

        @Test
        void aLiveClaimOfAnotherProcessIsRespected() {
            deadProcessHolding("run-901", Duration.ofMinutes(5));

            assertThatThrownBy(() -> runs.start(request(RunMode.PREVIEW))).isInstanceOf(RunRefusedException.class)
                    .hasMessageContaining("run-901");
        }

        @Test
        void runsLeftRunningWithoutAClaimAreMarkedInterruptedAtStart() {
            deadProcessHolding("run-902", Duration.ofSeconds(-1));

            RunService restarted = fixture.runs(RunFixture.FAST);
            restarted.close();

            assertThat(runs.find("run-902").orElseThrow().state()).isEqualTo(RunState.INTERRUPTED);
        }

        @Test
        void aPluginsOwnRefusalIsRecordedAsRefused() throws InterruptedException {
            HostedPlugin rejecting = HostedPlugin.inProcess("rejecting", "", null, (request, context, monitor) -> {
                throw new RunRejectedException("Another run of this plugin is under way on another host.");
            });
            RunService withRejecting = fixture.runs(ExtensionSource.of(rejecting), RunFixture.FAST);
            try {
                RunRecord started = withRejecting.start(new RunRequest("rejecting", RunMode.APPLY, today, Trigger.PAGE, "admin"));
                RunRecord ended = withRejecting.await(started.runId(), WAIT);

                assertThat(ended.state()).isEqualTo(RunState.REFUSED);
                assertThat(ended.message()).isEqualTo("Another run of this plugin is under way on another host.");
            } finally {
                withRejecting.close();
            }
        }

        private void deadProcessHolding(String runId, Duration leaseLeft) {
            java.time.Instant now = java.time.Instant.now();
            fixture.db.transaction(c -> {
                try (PreparedStatement run = c.prepareStatement("INSERT INTO billing_run (run_id, plugin_id, mode,"
                        + " effective_date, trigger_kind, started_by, started_at, state, message)"
                        + " VALUES (?, ?, 'APPLY', CURRENT_DATE, 'COMMAND_LINE', 'command line', ?, 'RUNNING', 'running')");
                     PreparedStatement lease = c.prepareStatement(
                             "INSERT INTO run_lease (plugin_id, run_id, holder, expires_at) VALUES (?, ?, 'pid 1 gone', ?)")) {
                    run.setString(1, runId);
                    run.setString(2, P);
                    run.setTimestamp(3, Timestamp.from(now.minusSeconds(60)));
                    run.executeUpdate();
                    lease.setString(1, P);
                    lease.setString(2, runId);
                    lease.setTimestamp(3, Timestamp.from(now.plus(leaseLeft)));
                    return lease.executeUpdate();
                }
            });
        }
    }

    @Nested
    class PluginFaults {

        @Test
        void aDefectIsRecordedAsFailedWithItsTypeOnly() throws InterruptedException {
            fixture.fake.billing.faults.set("run", Fault.BUG);

            RunRecord run = run(RunMode.APPLY);

            assertThat(run.state()).isEqualTo(RunState.FAILED);
            assertThat(run.message()).isEqualTo("the plugin failed: IllegalStateException")
                    .doesNotContain(FaultSwitch.BUG_DETAIL);
            assertThat(run.report()).isEmpty();
        }

        @Test
        void aPluginExceptionIsRecordedWithItsMessage() throws InterruptedException {
            fixture.fake.billing.faults.set("run", Fault.REFUSE);

            RunRecord run = run(RunMode.APPLY);

            assertThat(run.state()).isEqualTo(RunState.FAILED);
            assertThat(run.message()).isEqualTo("Set the server address on the Connection panel first.");
        }

        @Test
        void noReportOrAReportForAnotherRunIsNonsense() throws InterruptedException {
            fixture.fake.billing.faults.set("run", Fault.NULL);
            assertThat(run(RunMode.PREVIEW).message()).isEqualTo("the plugin returned an invalid answer: no report (null)");

            fixture.fake.billing.faults.clear();
            fixture.fake.billing.claimRunId = "run-other";
            RunRecord wrong = run(RunMode.PREVIEW);
            assertThat(wrong.state()).isEqualTo(RunState.FAILED);
            assertThat(wrong.message()).contains("a report for another run ('run-other')");
        }

        @Test
        void aHangingRunIsAskedToStopThenInterruptedAndTheHostGoesOn() throws InterruptedException {
            RunLimits tight = new RunLimits(Duration.ofMillis(300), Duration.ofMillis(300), Duration.ofSeconds(3),
                    Duration.ofMillis(100), 2);
            RunService strict = fixture.runs(tight);
            try {
                fixture.fake.billing.faults.set("run", Fault.HANG);
                RunRecord started = strict.start(request(RunMode.APPLY));

                RunRecord ended = strict.await(started.runId(), WAIT);

                assertThat(ended.state()).isEqualTo(RunState.FAILED);
                assertThat(ended.message()).isEqualTo("the plugin did not finish within 300 ms and did not stop within"
                        + " 300 ms of being asked; it was interrupted");
                fixture.fake.billing.faults.clear();
                RunRecord next = strict.await(strict.start(request(RunMode.PREVIEW)).runId(), WAIT);
                assertThat(next.state()).isEqualTo(RunState.COMPLETED);
            } finally {
                strict.close();
            }
        }
    }

    @Nested
    class BadRequests {

        @Test
        void unknownPluginsAndPluginsWithoutBillingAreRefused() {
            RunService mixed = fixture.runs(ExtensionSource.of(fixture.fake.hosted(),
                    HostedPlugin.inProcess("settings-only", "", fixture.fake.settings, null)), RunFixture.FAST);
            try {
                assertThatThrownBy(() -> mixed.start(new RunRequest("nope", RunMode.PREVIEW, today, Trigger.PAGE, "admin")))
                        .isInstanceOf(InvalidRunRequestException.class).hasMessage("there is no plugin 'nope'");
                assertThatThrownBy(() -> mixed.start(new RunRequest("settings-only", RunMode.PREVIEW, today, Trigger.PAGE, "admin")))
                        .isInstanceOf(InvalidRunRequestException.class).hasMessage("plugin 'settings-only' does not do billing");
            } finally {
                mixed.close();
            }
        }

        @Test
        void datesMoreThanAYearAwayAreOutOfRange() {
            assertThatThrownBy(() -> runs.start(new RunRequest(P, RunMode.PREVIEW, today.minusYears(2), Trigger.PAGE, "admin")))
                    .isInstanceOf(InvalidRunRequestException.class).hasMessageContaining("is out of range: choose a date from");
            assertThatThrownBy(() -> runs.start(new RunRequest(P, RunMode.PREVIEW, today.plusDays(400), Trigger.PAGE, "admin")))
                    .isInstanceOf(InvalidRunRequestException.class);
            assertThat(runs.history(10)).isEmpty();
        }
    }

    @Test
    void theStoredReportIsTheOneThePluginReturned() throws InterruptedException {
        RunRecord run = run(RunMode.APPLY);
        BillingReport stored = run.report().orElseThrow();

        assertThat(stored.runId()).isEqualTo(run.runId());
        assertThat(stored.effectiveDate()).isEqualTo(today);
        assertThat(stored.lines().get(0).unitPrice()).isEqualByComparingTo("4.50");
        assertThat(stored.lines().get(0).reference()).isEqualTo("adj-" + run.runId() + "-1");
    }
}
