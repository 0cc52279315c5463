package net.mspbridge.integration.billing;

import static net.mspbridge.integration.billing.BillingRunTest.standard;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import net.mspbridge.api.ServiceUnavailableException;
import net.mspbridge.api.billing.BillingReport;
import net.mspbridge.api.billing.LineOutcome;
import net.mspbridge.api.billing.RunMode;
import net.mspbridge.api.billing.RunMonitor;
import net.mspbridge.api.billing.RunStatus;
import net.mspbridge.integration.kaspersky.Solution;

/**
 * Kaspersky usage is read beside the Autotask reads (neither needs the other), and however the run
 * ends, the usage read has ended by the time the run returns.
 */
class SideBySideTest {

    @Test
    void usageIsReadWhileAutotaskIsRead() {
        Harness h = standard(2);
        // Usage waits for Autotask's first read: read one after the other, it would wait in vain.
        h.usage.readAfter(h.autotask.firstRead(), Duration.ofSeconds(5));

        BillingReport report = h.apply();

        assertThat(h.usage.gateOpened()).as("Autotask was read while usage was being read").isTrue();
        assertThat(report.status()).isEqualTo(RunStatus.COMPLETED);
        assertThat(report.lines(LineOutcome.APPLIED)).hasSize(4);
    }

    @Test
    void aKasperskyServerThatStopsAnsweringWhileUsageIsReadFailsTheRunAndNothingIsBilled() {
        Harness h = standard(2);
        h.usage.failReading(new ServiceUnavailableException("Kaspersky Security Center",
                "Kaspersky Security Center at ksc.example:13299 stopped answering while usage was read."));

        assertThatThrownBy(h::apply).isInstanceOf(ServiceUnavailableException.class).hasMessageContaining("stopped answering");
        assertThat(h.autotask.adjustments()).isEmpty();
        assertThat(h.store.list(BilledPairs.prefix(Solution.SECURITY_CENTER))).isEmpty();
        h.usage.failReading(null);
        assertThat(h.apply().status()).isEqualTo(RunStatus.COMPLETED);
    }

    @Test
    void aFailureWithoutAMessageEndsTheRunWithOneThatSaysWhatAndWhere() {
        Harness h = standard(2);
        h.usage.failReading(new NullPointerException());

        assertThatThrownBy(h::apply).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("java.lang.NullPointerException at ").hasMessageContaining("without a message")
                .hasCauseInstanceOf(NullPointerException.class);
        assertThat(h.autotask.adjustments()).isEmpty();
    }

    @Test
    void aRunThatAutotaskEndsHasWaitedForTheUsageReadBeforeItReturns() {
        Harness h = standard(2);
        h.autotask.unavailable(true);
        // Usage takes a while: the gate never opens, the read goes on after 400 ms.
        h.usage.readAfter(new CountDownLatch(1), Duration.ofMillis(400));

        assertThatThrownBy(h::apply).isInstanceOf(ServiceUnavailableException.class);
        assertThat(h.usage.readsInProgress()).as("usage reads still going on when the run returned").isZero();
        assertThat(h.usage.asked()).as("the usage read ran to its end").containsExactly("c1", "c2");
    }

    @Test
    @Timeout(value = 30, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void aRunCancelledWhileUsageIsStillReadStopsTheReadAndChangesNothing() {
        Harness h = standard(2);
        // Usage would take a minute; the host asks the run to stop once Autotask has been read.
        h.usage.readAfter(new CountDownLatch(1), Duration.ofMinutes(1));
        AtomicBoolean cancelled = new AtomicBoolean();
        RunMonitor monitor = new RunMonitor() {
            @Override
            public void progress(int done, int total, String step) {
                if (step.equals("Read the units in force")) {
                    cancelled.set(true);
                }
            }

            @Override
            public boolean isCancelled() {
                return cancelled.get();
            }
        };

        BillingReport report = h.run(RunMode.APPLY, monitor);

        assertThat(report.status()).isEqualTo(RunStatus.CANCELLED);
        assertThat(report.statusMessage()).contains("nothing was changed");
        assertThat(h.usage.gateOpened()).isFalse();
        assertThat(h.usage.readsInProgress()).isZero();
        assertThat(h.autotask.adjustments()).isEmpty();
    }
}
