package net.mspbridge.integration.billing;

import static net.mspbridge.integration.billing.BillingRunTest.kinds;
import static net.mspbridge.integration.billing.BillingRunTest.line;
import static net.mspbridge.integration.billing.BillingRunTest.outcomes;
import static net.mspbridge.integration.billing.BillingRunTest.standard;
import static net.mspbridge.integration.billing.Fixtures.KES;
import static net.mspbridge.integration.billing.FakeAutotask.Fault.LOST_AFTER;
import static net.mspbridge.integration.billing.FakeAutotask.Fault.LOST_BEFORE;
import static net.mspbridge.integration.billing.FakeAutotask.Fault.NONE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import net.mspbridge.api.ConfigurationException;
import net.mspbridge.api.billing.BillingReport;
import net.mspbridge.api.billing.LineOutcome;
import net.mspbridge.api.billing.ProblemKind;
import net.mspbridge.api.billing.ReportLine;
import net.mspbridge.api.billing.RunMode;
import net.mspbridge.api.billing.RunStatus;
import net.mspbridge.integration.kaspersky.Solution;

/** What a run does when answers are lost, the host cancels, the budget runs out or the store fails. */
class RunSafetyTest {

    /** Every pair of the standard world at exactly its usage, each changed by one adjustment only. */
    static void assertConverged(Harness h, int customers) {
        for (int i = 1; i <= customers; i++) {
            assertThat(h.unitsOn(100 + i, 10)).as("contract %d service 10", 100 + i).isEqualTo(i + 1);
            assertThat(h.unitsOn(100 + i, 20)).as("contract %d service 20", 100 + i).isEqualTo(i + 2);
        }
        assertThat(h.autotask.adjustments()).hasSize(2 * customers);
    }

    private static long adjustmentsOf(Harness h, long contractId, long serviceId) {
        return h.autotask.adjustments().stream().filter(a -> a.contractId() == contractId && a.serviceId() == serviceId).count();
    }

    @Nested
    class LostAnswers {

        @Test
        void anAnswerLostAfterAutotaskActedIsSettledAsAppliedAndNeverSentAgain() {
            Harness h = standard(2);
            h.autotask.createFaults(r -> r.contractId() == 101 && r.serviceId() == 10 ? LOST_AFTER : NONE);

            BillingReport report = h.apply();

            ReportLine lost = line(report, 101, 10);
            assertThat(lost.outcome()).isEqualTo(LineOutcome.APPLIED);
            assertThat(lost.reference()).isEmpty();
            assertThat(lost.message()).contains("answer was lost").contains("change in force");
            assertThat(report.status()).isEqualTo(RunStatus.COMPLETED);
            assertThat(h.store.entries()).containsEntry(BilledPairs.prefix(Solution.SECURITY_CENTER) + 101, "10,20");

            h.autotask.healthy();
            assertThat(outcomes(h.apply())).containsOnlyKeys(LineOutcome.UNCHANGED);
            assertThat(adjustmentsOf(h, 101, 10)).isEqualTo(1);
            assertConverged(h, 2);
        }

        @Test
        void anAnswerLostBeforeAutotaskActedIsDeferredAndTheNextRunFinishesIt() {
            Harness h = standard(2);
            h.autotask.createFaults(r -> r.contractId() == 101 && r.serviceId() == 10 ? LOST_BEFORE : NONE);

            BillingReport report = h.apply();

            ReportLine lost = line(report, 101, 10);
            assertThat(lost.outcome()).isEqualTo(LineOutcome.DEFERRED);
            assertThat(lost.message()).contains("not in force").contains("the next run will finish it");
            assertThat(h.unitsOn(101, 10)).isZero();
            assertThat(h.autotask.createCalls()).isEqualTo(4);

            h.autotask.healthy();
            BillingReport next = h.apply();

            assertThat(line(next, 101, 10).outcome()).isEqualTo(LineOutcome.APPLIED);
            assertThat(next.lines(LineOutcome.APPLIED)).hasSize(1);
            assertConverged(h, 2);
        }

        @Test
        void anAnswerLostWhenTheUnitsCannotBeReadAgainFailsWithWhatToCheckAndTheNextRunDoesNotDoubleIt() {
            Harness h = standard(2);
            h.autotask.createFaults(r -> r.contractId() == 101 && r.serviceId() == 10 ? LOST_AFTER : NONE)
                    .onCreate(r -> h.autotask.unitReadFails(ids -> true));

            BillingReport report = h.apply();

            ReportLine lost = line(report, 101, 10);
            assertThat(lost.outcome()).isEqualTo(LineOutcome.FAILED);
            assertThat(lost.message()).contains("check in Autotask whether an adjustment of +2 units dated 2025-03-01")
                    .contains("will not add this change twice");
            assertThat(kinds(report)).containsExactly(ProblemKind.OTHER);

            h.autotask.healthy();
            h.apply();
            assertThat(adjustmentsOf(h, 101, 10)).isEqualTo(1);
            assertConverged(h, 2);
        }

        @Test
        void aCreateWithNoAnswerWithinTheBoundIsSettledByReadingAndTheRunStops() throws Exception {
            Harness h = new Harness(Duration.ofMillis(300));
            BillingRunTest.standardInto(h, 2);
            CountDownLatch never = new CountDownLatch(1);
            h.autotask.onCreate(r -> {
                if (r.contractId() == 101 && r.serviceId() == 10) {
                    try {
                        never.await(10, TimeUnit.SECONDS);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        throw new IllegalStateException("the connection was dropped");
                    }
                }
            });

            BillingReport report = h.apply();
            never.countDown();

            assertThat(report.status()).isEqualTo(RunStatus.FAILED);
            assertThat(line(report, 101, 10).outcome()).isEqualTo(LineOutcome.DEFERRED);
            assertThat(kinds(report)).containsExactly(ProblemKind.SOURCE_UNAVAILABLE);

            h.autotask.healthy();
            h.apply();
            assertConverged(h, 2);
        }
    }

    @Nested
    class Cancellation {

        @Test
        void cancellingMidRunStartsNoNewCreateDefersTheRestAndARerunConverges() {
            Harness h = standard(5);
            TestMonitor monitor = new TestMonitor();
            h.autotask.onCreate(r -> monitor.cancel());

            BillingReport report = h.run(RunMode.APPLY, monitor);

            assertThat(report.status()).isEqualTo(RunStatus.CANCELLED);
            assertThat(h.autotask.createCalls()).isBetween(1, 3);
            assertThat(report.lines(LineOutcome.APPLIED)).hasSize(h.autotask.createCalls());
            assertThat(report.lines(LineOutcome.DEFERRED)).hasSize(10 - h.autotask.createCalls())
                    .allMatch(l -> l.message().contains("cancelled"));
            assertThat(report.problems()).isEmpty();

            h.autotask.healthy();
            assertThat(h.apply().status()).isEqualTo(RunStatus.COMPLETED);
            assertConverged(h, 5);
        }

        @Test
        void aRunCancelledBeforeItStartsReadsNothing() {
            Harness h = standard(2);
            TestMonitor monitor = new TestMonitor();
            monitor.cancel();

            BillingReport report = h.run(RunMode.APPLY, monitor);

            assertThat(report.status()).isEqualTo(RunStatus.CANCELLED);
            assertThat(report.lines()).isEmpty();
            assertThat(h.usage.calls()).isZero();
            assertThat(h.autotask.requests()).isZero();
        }

        @Test
        void aRunCancelledWhileReadingAutotaskChangesNothing() {
            Harness h = standard(2);

            BillingReport report = h.run(RunMode.APPLY, new TestMonitor().cancelAfterChecks(2));

            assertThat(report.status()).isEqualTo(RunStatus.CANCELLED);
            assertThat(report.statusMessage()).contains("nothing was changed");
            assertThat(h.autotask.adjustments()).isEmpty();
        }
    }

    @Nested
    class ApiBudget {

        @Test
        void reachingTheBudgetStopsCreatingDefersTheRestAndTheNextRunFinishes() {
            Harness h = standard(5);
            h.autotask.budgetAfter(7);

            BillingReport report = h.apply();

            assertThat(report.status()).isEqualTo(RunStatus.DEFERRED);
            assertThat(kinds(report)).containsExactly(ProblemKind.BUDGET_LIMIT);
            assertThat(report.lines(LineOutcome.APPLIED)).hasSize(h.autotask.adjustments().size());
            assertThat(report.lines(LineOutcome.DEFERRED)).hasSizeGreaterThanOrEqualTo(7)
                    .allMatch(l -> l.message().contains("API budget"));
            assertThat(report.problems().get(0).units()).isEqualTo(report.lines(LineOutcome.DEFERRED).size());

            h.autotask.healthy();
            h.apply();
            assertConverged(h, 5);
        }

        @Test
        void aRunStoppedByTheBudgetSaysWhenTheRestMayBeDone() {
            java.time.Instant free = java.time.Instant.parse("2026-12-07T15:01:00Z");
            Harness h = standard(5);
            h.autotask.budgetAfter(7, free);

            BillingReport report = h.apply();

            assertThat(report.status()).isEqualTo(RunStatus.DEFERRED);
            assertThat(report.resumeAfter()).contains(free);
            assertThat(report.statusMessage()).contains("The budget allows the rest from 2026-12-07 15:01 UTC on.");
        }

        @Test
        void aRunStoppedByTheBudgetWhileReadingSaysWhenTooAndAPreviewDoesNot() {
            java.time.Instant free = java.time.Instant.parse("2026-12-07T15:01:00Z");
            Harness h = standard(2);
            h.autotask.budgetAfter(2, free);

            assertThat(h.apply().resumeAfter()).contains(free);
            assertThat(h.run(RunMode.PREVIEW, new TestMonitor()).resumeAfter()).isEmpty();
        }

        @Test
        void aRunThatCompletesOrStopsForAnotherReasonSaysNothingOfResuming() {
            Harness h = standard(2);
            assertThat(h.apply().resumeAfter()).isEmpty();
        }

        @Test
        void reachingTheBudgetWhileReadingChangesNothing() {
            Harness h = standard(2);
            h.autotask.budgetAfter(2);

            BillingReport report = h.apply();

            assertThat(report.status()).isEqualTo(RunStatus.DEFERRED);
            assertThat(report.lines()).isEmpty();
            assertThat(kinds(report)).containsExactly(ProblemKind.BUDGET_LIMIT);
            assertThat(h.autotask.adjustments()).isEmpty();
        }

        @Test
        void theBudgetShareSettingReachesThePortAndDefaultsToHalf() {
            Harness h = standard(1);
            h.apply();
            h.settings(s -> s.budgetShare("30"));
            h.apply();

            assertThat(h.budgetShares).containsExactly(50, 30);
        }

        @Test
        void aBudgetShareOutsideOneToAHundredIsRefusedBeforeAnythingIsDone() {
            Harness h = standard(1).settings(s -> s.budgetShare("150"));

            assertThatThrownBy(h::apply).isInstanceOf(ConfigurationException.class)
                    .hasMessageContaining("billing.apiBudgetShare").hasMessageContaining("from 1 to 100");
            assertThat(h.autotask.requests()).isZero();
            assertThat(h.store.entries()).isEmpty();
        }
    }

    @Nested
    class Store {

        @Test
        void aStoreThatCannotRecordKeepsTheRunFromWritingToAutotask() {
            Harness h = standard(2);
            h.autotask.units(101, 10, 1);
            h.store.failWrites(true);

            BillingReport report = h.apply();

            assertThat(report.status()).isEqualTo(RunStatus.FAILED);
            assertThat(h.autotask.adjustments()).isEmpty();
            assertThat(report.lines(LineOutcome.DEFERRED)).hasSize(4);
            assertThat(report.problems().get(0).message()).contains("record of billed services");
        }

        @Test
        void aCreateWhoseOutcomeStaysUnknownIsRecordedSoThatAMovedMappingFindsItsUnits() {
            Harness h = standard(2);
            h.autotask.createFaults(r -> r.contractId() == 101 && r.serviceId() == 10 ? LOST_AFTER : NONE)
                    .onCreate(r -> h.autotask.unitReadFails(ids -> true));

            assertThat(line(h.apply(), 101, 10).outcome()).isEqualTo(LineOutcome.FAILED);
            assertThat(h.store.entries()).containsEntry(BilledPairs.prefix(Solution.SECURITY_CENTER) + 101, "10,20");

            // The application moves to service 11 before any run has seen the units the lost create made.
            h.autotask.healthy();
            h.autotask.service(11, "12.00");
            h.settings(s -> s.service(KES, 11));
            BillingReport next = h.apply();

            assertThat(next.problems()).filteredOn(p -> p.kind() == ProblemKind.STALE_MAPPING && p.subject().contains("Contract 101"))
                    .singleElement().satisfies(p -> assertThat(p.units()).isEqualTo(h.unitsOn(101, 10)).isPositive());
        }

        @Test
        void aRecordThatCannotDropPairsNoLongerBilledIsReportedAndBillingIsNotAffected() {
            // One record write before the creates (no early wave writes one of its own), then writes fail.
            Harness h = standard(2).autotaskAfterFirstUsageRead();
            BilledPairs.read(h.store, Solution.SECURITY_CENTER).update(h.store, List.of(new PairKey(101, 30)), List.of());
            h.store.failWritesAfterPutAlls(1);

            BillingReport report = h.apply();

            assertThat(report.status()).isEqualTo(RunStatus.COMPLETED_WITH_PROBLEMS);
            assertThat(report.lines(LineOutcome.APPLIED)).hasSize(4);
            assertThat(report.problems()).hasSize(2).allSatisfy(p -> {
                assertThat(p.kind()).isEqualTo(ProblemKind.OTHER);
                assertThat(p.message()).contains("Billing is not affected");
            });
            assertThat(report.problems().get(0).message()).contains("could not drop 1 service(s)");
            assertThat(report.problems().get(1).message()).contains("could not record which customers had usage");

            h.store.failWrites(false).failWritesAfterPutAlls(Integer.MAX_VALUE);
            assertThat(h.apply().status()).isEqualTo(RunStatus.COMPLETED);
            assertThat(h.store.entries()).containsEntry(BilledPairs.prefix(Solution.SECURITY_CENTER) + 101, "10,20");
            assertConverged(h, 2);
        }
    }
}
