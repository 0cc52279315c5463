package net.mspbridge.integration.billing;

import static net.mspbridge.integration.billing.BillingRunTest.standard;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import net.mspbridge.api.RunRejectedException;
import net.mspbridge.api.ServiceUnavailableException;
import net.mspbridge.api.billing.BillingReport;
import net.mspbridge.api.billing.RunMode;
import net.mspbridge.api.billing.RunStatus;

/** Two runs never overlap: in one process, across processes sharing the store, and after a crash. */
class RunGuardTest {

    private final ExecutorService background = Executors.newSingleThreadExecutor();

    @AfterEach
    void stopBackground() throws InterruptedException {
        background.shutdownNow();
        assertThat(background.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
    }

    /** Starts an apply that stops in its first create until released; returns once it is there. */
    private Future<BillingReport> applyHeldInItsFirstCreate(Harness h, CountDownLatch release) throws InterruptedException {
        CountDownLatch entered = new CountDownLatch(1);
        h.autotask.onCreate(r -> {
            entered.countDown();
            try {
                release.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        Future<BillingReport> first = background.submit(h::apply);
        assertThat(entered.await(10, TimeUnit.SECONDS)).as("the first run reached its creates").isTrue();
        return first;
    }

    @Test
    void aSecondRunInTheSameProcessIsRefusedWhileOneIsUnderWay() throws Exception {
        Harness h = standard(2);
        CountDownLatch release = new CountDownLatch(1);
        Future<BillingReport> first = applyHeldInItsFirstCreate(h, release);

        assertThatThrownBy(h::apply).isInstanceOf(RunRejectedException.class)
                .hasMessageContaining("'run-1' is already under way").hasMessageContaining("Try again when it has finished");

        release.countDown();
        assertThat(first.get(10, TimeUnit.SECONDS).status()).isEqualTo(RunStatus.COMPLETED);
        assertThat(h.autotask.adjustments()).hasSize(4);
    }

    @Test
    void aRunFromAnotherProcessIsRefusedByTheLeaseInTheStore() throws Exception {
        Harness h = standard(2);
        CountDownLatch release = new CountDownLatch(1);
        Future<BillingReport> first = applyHeldInItsFirstCreate(h, release);

        assertThatThrownBy(() -> h.run(h.otherProcess(), RunMode.PREVIEW)).isInstanceOf(RunRejectedException.class)
                .hasMessageContaining("'run-1' is already under way (started 2025-03-01T08:00:00Z)")
                .hasMessageContaining("its claim lapses at 2025-03-01T08:01:00Z");

        release.countDown();
        assertThat(first.get(10, TimeUnit.SECONDS).status()).isEqualTo(RunStatus.COMPLETED);
        assertThat(h.store.entries()).doesNotContainKey(RunLease.KEY);
        assertThat(h.run(h.otherProcess(), RunMode.APPLY).status()).isEqualTo(RunStatus.COMPLETED);
    }

    @Test
    void theLeaseOfARunThatCrashedBlocksOnlyUntilItLapses() {
        Harness h = standard(1);
        h.store.put(RunLease.KEY, "token|2025-03-01T07:50:00Z|2025-03-01T08:20:00Z|run-crashed");

        assertThatThrownBy(h::apply).isInstanceOf(RunRejectedException.class)
                .hasMessageContaining("'run-crashed'").hasMessageContaining("lapses at 2025-03-01T08:20:00Z");
        assertThat(h.autotask.requests()).isZero();

        h.clock.advance(Duration.ofMinutes(21));
        assertThat(h.apply().status()).isEqualTo(RunStatus.COMPLETED);
        assertThat(h.store.entries()).doesNotContainKey(RunLease.KEY);
    }

    @Test
    void aHeartbeatKeepsTheLeaseOfALiveRunWhileItWaitsOnOneCall() throws Exception {
        Harness h = BillingRunTest.standardInto(new Harness(Harness.CREATE_WAIT, Duration.ofMillis(20)), 2);
        CountDownLatch release = new CountDownLatch(1);
        Future<BillingReport> first = applyHeldInItsFirstCreate(h, release);

        // Five minutes on by the host's clock, all of them in one create: the lease time of a minute is long
        // past, and only the heartbeat can have renewed the lease since.
        h.clock.advance(Duration.ofMinutes(5));
        String renewedTo = h.clock.instant().plus(BillingRuns.LEASE_TIME).toString();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!h.store.get(RunLease.KEY).orElse("").contains("|" + renewedTo + "|") && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        assertThat(h.store.get(RunLease.KEY)).hasValueSatisfying(v -> assertThat(v).contains("|" + renewedTo + "|run-1"));

        assertThatThrownBy(() -> h.run(h.otherProcess(), RunMode.PREVIEW)).isInstanceOf(RunRejectedException.class)
                .hasMessageContaining("'run-1' is already under way").hasMessageContaining("lapses at " + renewedTo);
        release.countDown();
        assertThat(first.get(10, TimeUnit.SECONDS).status()).isEqualTo(RunStatus.COMPLETED);
        assertThat(h.store.entries()).doesNotContainKey(RunLease.KEY);
    }

    @Test
    void aLeaseTakenByAnotherRunMeanwhileStopsTheCreatesOfTheRunThatLostIt() throws Exception {
        Harness h = BillingRunTest.standardInto(new Harness(Harness.CREATE_WAIT, Duration.ofMillis(20)), 3);
        CountDownLatch release = new CountDownLatch(1);
        Future<BillingReport> first = applyHeldInItsFirstCreate(h, release);

        // Another process took the key (the lease had lapsed for it), and the renewal is due: the heartbeat
        // or the run's own renewal before its next create finds the lease lost, and the run stops writing.
        h.store.put(RunLease.KEY, "other|2025-03-01T08:00:00Z|2099-01-01T00:00:00Z|run-other");
        h.clock.advance(Duration.ofSeconds(40));
        release.countDown();

        BillingReport report = first.get(10, TimeUnit.SECONDS);
        assertThat(report.status()).isEqualTo(RunStatus.FAILED);
        assertThat(report.statusMessage()).contains("lost its claim");
        assertThat(h.autotask.adjustments()).hasSizeLessThan(6);
        assertThat(h.store.get(RunLease.KEY)).hasValue("other|2025-03-01T08:00:00Z|2099-01-01T00:00:00Z|run-other");
    }

    @Test
    void aDamagedLeaseDoesNotBlockBilling() {
        Harness h = standard(1);
        h.store.put(RunLease.KEY, "not a lease");

        assertThat(h.apply().status()).isEqualTo(RunStatus.COMPLETED);
    }

    @Test
    void aLongRunRenewsItsLeaseSoAnotherProcessStaysOutAfterTheFirstLeaseTime() {
        Harness h = standard(5);
        AtomicInteger creates = new AtomicInteger();
        AtomicReference<Throwable> late = new AtomicReference<>();
        BillingRuns other = h.otherProcess();
        h.autotask.onCreate(r -> {
            h.clock.advance(Duration.ofSeconds(10));
            if (creates.incrementAndGet() == 9) {
                // 90 seconds in by the host's clock: the first lease time of a minute is long past. The
                // heartbeat runs on real time (every 15 s), so it is the run's own renewals that keep it.
                try {
                    h.run(other, RunMode.PREVIEW);
                } catch (Throwable e) {
                    late.set(e);
                }
            }
        });

        assertThat(h.apply().status()).isEqualTo(RunStatus.COMPLETED);
        assertThat(late.get()).isInstanceOf(RunRejectedException.class);
        assertThat(h.store.entries()).doesNotContainKey(RunLease.KEY);
    }

    @Test
    void aRunThatFailsReleasesItsLease() {
        Harness h = standard(1);
        h.autotask.unavailable(true);

        assertThatThrownBy(h::apply).isInstanceOf(ServiceUnavailableException.class);

        assertThat(h.store.entries()).doesNotContainKey(RunLease.KEY);
        h.autotask.healthy();
        assertThat(h.apply().status()).isEqualTo(RunStatus.COMPLETED);
    }
}
