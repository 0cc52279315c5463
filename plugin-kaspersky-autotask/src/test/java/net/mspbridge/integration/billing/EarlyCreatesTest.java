package net.mspbridge.integration.billing;

import static net.mspbridge.integration.billing.BillingRunTest.line;
import static net.mspbridge.integration.billing.BillingRunTest.standard;
import static net.mspbridge.integration.billing.RunSafetyTest.assertConverged;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import net.mspbridge.api.ServiceUnavailableException;
import net.mspbridge.api.billing.BillingReport;
import net.mspbridge.api.billing.LineOutcome;
import net.mspbridge.api.billing.ProblemKind;
import net.mspbridge.api.billing.RunMode;
import net.mspbridge.api.billing.RunStatus;
import net.mspbridge.integration.kaspersky.UsageCounts;

/**
 * An apply run bills each contract as soon as its customers' usage is in, while the others are still
 * read: here customer c2's usage arrives only once a create has been made (a hold that would wait in
 * vain, 10 s, if nothing were created before the whole usage was read).
 */
@Timeout(value = 60, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class EarlyCreatesTest {

    /** c2's usage is read only once the two creates of c1's contract (101) have been made. */
    private static FakeUsage holdC2UntilC1sCreates(Harness h) {
        CountDownLatch bothCreated = new CountDownLatch(2);
        h.autotask.onCreate(request -> bothCreated.countDown());
        return h.usage.hold("c2", bothCreated);
    }

    @Test
    void aContractWhoseUsageIsInIsBilledWhileTheRestIsReadAndTheReportIsTheWholeRun() {
        Harness h = standard(3);
        CountDownLatch firstCreate = new CountDownLatch(1);
        List<Long> createdContracts = new CopyOnWriteArrayList<>();
        h.autotask.onCreate(request -> {
            createdContracts.add(request.contractId());
            firstCreate.countDown();
        });
        h.usage.hold("c2", firstCreate);

        BillingReport report = h.apply();

        assertThat(h.usage.holdsInVain()).as("c1's contract was billed before c2's usage was in").isZero();
        assertThat(createdContracts.subList(0, 2)).containsOnly(101L);
        assertThat(report.status()).isEqualTo(RunStatus.COMPLETED);
        assertThat(report.lines()).hasSize(6).allSatisfy(l -> assertThat(l.outcome()).isEqualTo(LineOutcome.APPLIED));
        assertThat(report.lines()).extracting(l -> l.contract().id())
                .containsExactly("101", "101", "102", "102", "103", "103");
        assertConverged(h, 3);
        assertThat(h.store.list(BilledPairs.prefix(net.mspbridge.integration.kaspersky.Solution.SECURITY_CENTER)))
                .containsOnlyKeys("billing.billed.101", "billing.billed.102", "billing.billed.103");

        h.usage.hold("c2", new CountDownLatch(0));
        BillingReport again = h.apply();
        assertThat(again.lines()).allSatisfy(l -> assertThat(l.outcome()).isEqualTo(LineOutcome.UNCHANGED));
        assertConverged(h, 3);
    }

    @Test
    void aContractOfSeveralCustomersWaitsForAllOfThemAndIsBilledTheirSumOnce() {
        Harness h = standard(2);
        // c3 is billed to c1's contract 101; its usage arrives only once contract 102 is billed.
        h.settings(s -> s.customer("c3", 1, 101, true));
        h.usage.set("c3", Fixtures.KES.id(), new UsageCounts(3, 0, 0, 0)).set("c3", Fixtures.CLOUD.id(), UsageCounts.ofUsers(4));
        CountDownLatch contract102Billed = new CountDownLatch(2);
        List<Long> createdContracts = new CopyOnWriteArrayList<>();
        h.autotask.onCreate(request -> {
            createdContracts.add(request.contractId());
            contract102Billed.countDown();
        });
        h.usage.hold("c3", contract102Billed);

        BillingReport report = h.apply();

        assertThat(h.usage.holdsInVain()).as("contract 102 was billed before c3's usage was in").isZero();
        assertThat(createdContracts).containsExactly(102L, 102L, 101L, 101L);
        assertThat(h.unitsOn(101, 10)).isEqualTo(2 + 3);
        assertThat(h.unitsOn(101, 20)).isEqualTo(3 + 4);
        assertThat(line(report, 101, 10).shares()).extracting(share -> share.customer().id() + "=" + share.units())
                .containsExactly("c1=2", "c3=3");
        assertThat(h.apply().lines()).allSatisfy(l -> assertThat(l.outcome()).isEqualTo(LineOutcome.UNCHANGED));
        assertThat(h.autotask.adjustments()).hasSize(4);
    }

    @Test
    void aRunCancelledAfterAWaveReportsWhatItMadeAndTheNextRunFinishes() {
        Harness h = standard(2);
        TestMonitor monitor = new TestMonitor();
        h.autotask.onCreate(request -> monitor.cancel());
        h.usage.hold("c2", new CountDownLatch(1));

        BillingReport report = h.run(RunMode.APPLY, monitor);

        assertThat(report.status()).isEqualTo(RunStatus.CANCELLED);
        assertThat(report.statusMessage()).contains("cancelled");
        assertThat(report.lines()).extracting(l -> l.contract().id()).containsOnly("101");
        assertThat(report.lines(LineOutcome.APPLIED)).hasSize(h.autotask.createCalls());
        assertThat(h.autotask.adjustments()).allSatisfy(a -> assertThat(a.contractId()).isEqualTo(101));
        assertThat(h.usage.holdsInVain()).as("the cancelled run stopped waiting for c2").isZero();

        h.usage.hold("c2", new CountDownLatch(0));
        assertThat(h.apply().status()).isEqualTo(RunStatus.COMPLETED);
        assertConverged(h, 2);
    }

    @Test
    void aKasperskyFailureAfterAWaveFailsTheRunWithWhatItMadeAndTheNextRunFinishes() {
        Harness h = standard(2);
        holdC2UntilC1sCreates(h).failAt("c2", new ServiceUnavailableException("Kaspersky Security Center",
                "Kaspersky Security Center at ksc.example:13299 stopped answering while usage was read."));

        BillingReport report = h.apply();

        assertThat(report.status()).isEqualTo(RunStatus.FAILED);
        assertThat(report.statusMessage()).contains("Kaspersky usage could not be read to the end", "stopped answering");
        assertThat(report.lines()).hasSize(2).allSatisfy(l -> {
            assertThat(l.contract().id()).isEqualTo("101");
            assertThat(l.outcome()).isEqualTo(LineOutcome.APPLIED);
        });
        assertThat(report.problems()).extracting(p -> p.kind()).containsExactly(ProblemKind.SOURCE_UNAVAILABLE);
        assertThat(line(report, 101, 10).reference()).isNotEmpty();

        h.usage.failAt("c2", null);
        BillingReport next = h.apply();
        assertThat(next.status()).isEqualTo(RunStatus.COMPLETED);
        assertThat(next.lines(LineOutcome.APPLIED)).extracting(l -> l.contract().id()).containsOnly("102");
        assertConverged(h, 2);
    }

    @Test
    void aRecordRefusedAfterAWaveStopsTheRunWithWhatTheWaveMade() {
        Harness h = standard(2);
        holdC2UntilC1sCreates(h);
        // The wave's record is written; the next one, before c2's creates, is refused.
        h.store.failWritesAfterPutAlls(1);

        BillingReport report = h.apply();

        assertThat(report.status()).isEqualTo(RunStatus.FAILED);
        assertThat(report.lines(LineOutcome.APPLIED)).extracting(l -> l.contract().id()).containsExactly("101", "101");
        assertThat(report.lines(LineOutcome.DEFERRED)).extracting(l -> l.contract().id()).containsExactly("102", "102");
        assertThat(report.problems()).singleElement().satisfies(p -> {
            assertThat(p.message()).contains("record of billed services", "no more change");
            assertThat(p.units()).isEqualTo(2);
        });
        assertThat(h.autotask.adjustments()).allSatisfy(a -> assertThat(a.contractId()).isEqualTo(101));
    }

    @Test
    void previewWaitsForAllUsageAndCreatesNothing() {
        Harness h = standard(2);
        h.usage.hold("c2", new CountDownLatch(0));

        BillingReport report = h.run(RunMode.PREVIEW, new TestMonitor());

        assertThat(report.lines()).hasSize(4).allSatisfy(l -> assertThat(l.outcome()).isEqualTo(LineOutcome.PLANNED));
        assertThat(h.autotask.createCalls()).isZero();
    }
}
