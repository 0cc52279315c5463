package net.mspbridge.integration.billing;

import static net.mspbridge.integration.billing.BillingRunTest.standard;
import static net.mspbridge.integration.billing.Fixtures.MARCH;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.BrokenBarrierException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import net.mspbridge.api.billing.BillingReport;
import net.mspbridge.api.billing.LineOutcome;
import net.mspbridge.api.billing.RunMode;
import net.mspbridge.api.billing.RunStatus;
import net.mspbridge.integration.kaspersky.Solution;

/**
 * A run's remote calls: batched reads, one create per changed pair, three creates at a time, and
 * a total within (creates) + (pages of the batched reads) + a small constant.
 */
class RunEfficiencyTest {

    private static final int PAGE = 500;
    private static final int CONSTANT = 2;

    private static int pages(int items) {
        return Math.max(1, (items + PAGE - 1) / PAGE);
    }

    @Test
    void a200ContractRunStaysWithinTheCallBoundAndNeverReadsOneContractAtATime() {
        Harness h = standard(200);
        for (int i = 1; i <= 200; i++) {
            h.autotask.units(100 + i, 10, 1);
        }
        int rows = h.autotask.unitRowCount(MARCH);
        // contracts, their 200 services, the unit rows, the 2 services, the 200 companies, their 1 currency
        int readPages = pages(200) + pages(200) + pages(rows) + pages(2) + pages(200) + pages(1);

        BillingReport first = h.apply();

        assertThat(first.status()).isEqualTo(RunStatus.COMPLETED);
        assertThat(h.autotask.createCalls()).isEqualTo(400);
        assertThat(h.autotask.requests()).isLessThanOrEqualTo(h.autotask.createCalls() + readPages + CONSTANT);
        for (String read : List.of("contracts", "contractServices", "serviceUnits", "services", "companies", "currencies")) {
            assertThat(h.autotask.invocations(read)).as(read).isEqualTo(1);
        }

        h.autotask.resetCounts();
        int rowsNow = h.autotask.unitRowCount(MARCH);
        BillingReport second = h.apply();

        assertThat(second.lines()).hasSize(400).allMatch(l -> l.outcome() == LineOutcome.UNCHANGED);
        assertThat(h.autotask.createCalls()).isZero();
        assertThat(h.autotask.requests())
                .isLessThanOrEqualTo(pages(200) + pages(400) + pages(rowsNow) + pages(2) + pages(200) + pages(1) + CONSTANT);
    }

    @Test
    void readsTakeAtMost500ContractsACall() {
        Harness h = standard(1001);

        h.preview();

        assertThat(h.autotask.invocations("contracts")).isEqualTo(3);
        assertThat(h.autotask.invocations("serviceUnits")).isEqualTo(3);
        assertThat(h.autotask.largestBatch()).isEqualTo(500);
    }

    @Test
    void independentAutotaskReadsRunSideBySide() {
        // 1001 contracts: three batches of contracts, contract services and units, and the services,
        // none of which needs another's answer. Each read waits (at most 5 s) until six are under way:
        // read one after another, every read waits in vain and never more than one is in flight.
        Harness h = standard(1001);
        h.autotask.holdReadsUntil(6, Duration.ofSeconds(5));

        BillingReport report = h.preview();

        assertThat(report.status()).isEqualTo(RunStatus.COMPLETED);
        assertThat(h.autotask.maxReadsInFlight()).as("reads under way at once").isGreaterThanOrEqualTo(6);
        assertThat(h.autotask.invocations("contracts")).isEqualTo(3);
        assertThat(h.autotask.invocations("serviceUnits")).isEqualTo(3);
    }

    @Test
    void upToThreeCreatesRunAtOnceAndNeverMore() {
        // The run waits 30 s (not the harness's 5 s) for an answer: on a loaded machine the pool's three
        // threads have been seen to take longer than 5 s to all start.
        // No early wave takes one contract's two creates on their own: the six form one batch.
        Harness h = BillingRunTest.standardInto(new Harness(Duration.ofSeconds(30)), 3).autotaskAfterFirstUsageRead();
        CyclicBarrier three = new CyclicBarrier(3);
        h.autotask.onCreate(r -> {
            // Passes only when three creates are under way at the same time.
            try {
                three.await(20, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            } catch (BrokenBarrierException | TimeoutException e) {
                throw new IllegalStateException("creates did not run three at a time", e);
            }
        });

        BillingReport report = h.apply();

        assertThat(report.lines()).hasSize(6).allMatch(l -> l.outcome() == LineOutcome.APPLIED);
        assertThat(h.autotask.maxInFlight()).isEqualTo(3);
    }

    @Test
    void neverMoreThanThreeCreatesAreUnderWayAtOnce() {
        Harness h = standard(3);
        CountDownLatch fourthStarted = new CountDownLatch(1);
        AtomicInteger started = new AtomicInteger();
        h.autotask.onCreate(r -> {
            // The first three hold on until a fourth create starts beside them, which must not
            // happen; they give up waiting after a bounded time and finish normally.
            if (started.incrementAndGet() <= 3) {
                try {
                    fourthStarted.await(500, TimeUnit.MILLISECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            } else {
                fourthStarted.countDown();
            }
        });

        BillingReport report = h.apply();

        assertThat(report.lines(LineOutcome.APPLIED)).hasSize(6);
        assertThat(h.autotask.maxInFlight()).isLessThanOrEqualTo(3);
    }

    @Test
    void theRecordOfBilledPairsIsWrittenInBatches() {
        // No early wave: it would write its own record before the run's (tested in EarlyCreatesTest).
        Harness h = standard(200).autotaskAfterFirstUsageRead();
        for (int i = 1; i <= 200; i++) {
            h.autotask.units(100 + i, 10, 1);
        }

        h.apply();

        // one write, before creating, for the pairs seen with units and those about to be created, and one
        // at the end for the customers with usage (the drop rule's record)
        assertThat(h.store.putAlls()).isEqualTo(2);
        assertThat(h.store.list(CustomersWithUsage.prefix(Solution.SECURITY_CENTER))).hasSize(200);
        assertThat(h.store.list(BilledPairs.prefix(Solution.SECURITY_CENTER))).hasSize(200).containsEntry(BilledPairs.prefix(Solution.SECURITY_CENTER) + 150, "10,20");
    }

    @Test
    void progressOnlyGoesForwardAndEndsWithEverythingDone() {
        Harness h = standard(4);
        TestMonitor monitor = new TestMonitor();

        h.run(RunMode.APPLY, monitor);

        List<TestMonitor.Event> events = monitor.events();
        assertThat(events).isNotEmpty().allMatch(e -> e.done() <= e.total());
        for (int i = 1; i < events.size(); i++) {
            assertThat(events.get(i).done()).isGreaterThanOrEqualTo(events.get(i - 1).done());
        }
        assertThat(events).extracting(TestMonitor.Event::step).contains("Reading usage", "Reading Autotask contracts",
                "Creating adjustments", "Recording billed services");
        TestMonitor.Event last = events.get(events.size() - 1);
        assertThat(last.done()).isEqualTo(last.total()).isGreaterThanOrEqualTo(8);
        assertThat(last.step()).isEqualTo("8 adjustments applied.");
    }
}
