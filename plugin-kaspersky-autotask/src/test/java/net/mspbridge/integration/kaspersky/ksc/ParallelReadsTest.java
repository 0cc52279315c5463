package net.mspbridge.integration.kaspersky.ksc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The fan-out on its own, without HTTP: bounds, order, stopping, threads, interruption. */
class ParallelReadsTest {

    private static final List<Integer> TEN = IntStream.rangeClosed(1, 10).boxed().toList();

    @AfterEach
    void clearInterrupt() {
        Thread.interrupted();
    }

    private static void await(CountDownLatch latch) {
        try {
            if (!latch.await(10, TimeUnit.SECONDS)) {
                throw new AssertionError("waited 10 s in vain");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    @Test
    void neverHasMoreReadsUnderWayThanItsParallelism() {
        AtomicInteger underWay = new AtomicInteger();
        AtomicInteger most = new AtomicInteger();
        CountDownLatch threeAtOnce = new CountDownLatch(3);

        List<ParallelReads.Outcome<Integer>> outcomes = new ParallelReads<Integer, Integer>(3, e -> true)
                .run(TEN, item -> {
                    most.accumulateAndGet(underWay.incrementAndGet(), Math::max);
                    threeAtOnce.countDown();
                    await(threeAtOnce);
                    underWay.decrementAndGet();
                    return item * 10;
                });

        assertThat(most).hasValue(3);
        assertThat(outcomes).extracting(ParallelReads.Outcome::value)
                .containsExactly(10, 20, 30, 40, 50, 60, 70, 80, 90, 100);
    }

    @Test
    void givesTheOutcomesInTheOrderOfTheItemsWhenLaterOnesEndFirst() {
        CountDownLatch secondDone = new CountDownLatch(1);
        List<Integer> ended = new CopyOnWriteArrayList<>();

        List<ParallelReads.Outcome<String>> outcomes = new ParallelReads<Integer, String>(2, e -> true)
                .run(List.of(1, 2, 3), item -> {
                    if (item == 1) {
                        await(secondDone);
                    }
                    ended.add(item);
                    if (item == 2) {
                        secondDone.countDown();
                    }
                    return "item " + item;
                });

        assertThat(ended.get(0)).isEqualTo(2);
        assertThat(outcomes).extracting(ParallelReads.Outcome::value).containsExactly("item 1", "item 2", "item 3");
    }

    @Test
    void aFailureThatEndsAllStartsNoFurtherItemAndLetsTheOneUnderWayFinish() {
        ParallelReads<Integer, Integer> reads = new ParallelReads<>(2, e -> true);

        List<ParallelReads.Outcome<Integer>> outcomes = reads.run(TEN, item -> {
            if (item == 1) {
                throw new IllegalStateException("item 1 failed");
            }
            // Item 2 (if its worker took it before the stop) ends only once the stop is known.
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
            while (!reads.stopping() && System.nanoTime() < deadline) {
                Thread.onSpinWait();
            }
            return item;
        });

        assertThat(outcomes.get(0).failure()).hasMessage("item 1 failed");
        assertThat(outcomes.get(1).hasFailed()).isFalse();
        assertThat(outcomes.subList(2, 10)).allSatisfy(o -> {
            assertThat(o.wasRead()).isFalse();
            assertThat(o.hasFailed()).isFalse();
        });
    }

    @Test
    void aFailureThatDoesNotEndAllLeavesEveryOtherItemRead() {
        List<ParallelReads.Outcome<Integer>> outcomes = new ParallelReads<Integer, Integer>(3, e -> false)
                .run(TEN, item -> {
                    if (item % 4 == 0) {
                        throw new IllegalArgumentException("item " + item);
                    }
                    return item;
                });

        assertThat(outcomes).filteredOn(ParallelReads.Outcome::hasFailed)
                .extracting(o -> o.failure().getMessage()).containsExactly("item 4", "item 8");
        assertThat(outcomes).filteredOn(ParallelReads.Outcome::wasRead).hasSize(8);
    }

    @Test
    void readsOnTheCallingThreadWhenOneAtATime() {
        Set<Thread> threads = ConcurrentHashMap.newKeySet();

        new ParallelReads<Integer, Integer>(1, e -> true).run(TEN, item -> {
            threads.add(Thread.currentThread());
            return item;
        });

        assertThat(threads).containsExactly(Thread.currentThread());
    }

    @Test
    void readsOnNamedDaemonThreadsOtherwise() {
        Set<Thread> threads = ConcurrentHashMap.newKeySet();
        CountDownLatch twoAtOnce = new CountDownLatch(2);

        new ParallelReads<Integer, Integer>(2, e -> true).run(List.of(1, 2), item -> {
            threads.add(Thread.currentThread());
            twoAtOnce.countDown();
            await(twoAtOnce);
            return item;
        });

        assertThat(threads).hasSize(2).allSatisfy(thread -> {
            assertThat(thread.getName()).startsWith("ksc-usage-");
            assertThat(thread.isDaemon()).isTrue();
        });
    }

    @Test
    void anInterruptedCallerStopsTheReadingAndKeepsItsInterrupt() {
        CountDownLatch never = new CountDownLatch(1);
        Thread.currentThread().interrupt();

        assertThatThrownBy(() -> new ParallelReads<Integer, Integer>(2, e -> true).run(TEN, item -> {
            await(never);
            return item;
        })).isInstanceOf(KscException.class).hasMessageContaining("interrupted");
        assertThat(Thread.interrupted()).isTrue();
    }

    @Test
    void runsOnce() {
        ParallelReads<Integer, Integer> reads = new ParallelReads<>(2, e -> true);
        reads.run(List.of(1), item -> item);

        assertThatThrownBy(() -> reads.run(List.of(1), item -> item)).isInstanceOf(IllegalStateException.class);
    }
}
