package net.mspbridge.integration.kaspersky.ksc;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.function.BiConsumer;
import java.util.function.BooleanSupplier;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Reads a list of items with at most {@code parallelism} reads under way at once, and gives what
 * became of each item in the list's order, whatever order the reads finished in.
 *
 * <p>Items are started in list order, each as soon as a worker is free. A read that fails is that
 * item's outcome; when the failure {@code endsAll}, or once the caller's {@code stopRequested}
 * answers true (asked before each item is started), no further item is started, while the reads
 * already under way run to their end, so that whatever they opened on the server (accessors,
 * iterators) is released by their own code rather than abandoned. Such a read is bounded by the
 * call time-outs of its session. Items never started are {@link Outcome#notRead()}.
 *
 * <p>With a parallelism of 1, or a single item, everything runs on the calling thread. Otherwise
 * the workers are daemon threads ({@code ksc-usage-N}) of a pool that lives for one {@link #run}.
 * If the calling thread is interrupted while it waits, no further item is started, the workers are
 * interrupted, and {@link KscException} is thrown with the interrupt flag set again.
 *
 * <p>One instance serves one {@link #run}; {@link #stopping()} is safe to ask from any thread.
 *
 * @param <I> an item to read
 * @param <T> what a read gives
 */
final class ParallelReads<I, T> {

    /**
     * What became of one item: read ({@code value} set), failed ({@code failure} set), or not read
     * because the reading stopped first (neither set).
     */
    record Outcome<T>(T value, Throwable failure) {

        static <T> Outcome<T> read(T value) {
            return new Outcome<>(Objects.requireNonNull(value, "value"), null);
        }

        static <T> Outcome<T> failed(Throwable failure) {
            return new Outcome<>(null, Objects.requireNonNull(failure, "failure"));
        }

        static <T> Outcome<T> notRead() {
            return new Outcome<>(null, null);
        }

        boolean wasRead() {
            return value != null;
        }

        boolean hasFailed() {
            return failure != null;
        }
    }

    private final int parallelism;
    private final Predicate<RuntimeException> endsAll;
    private final BooleanSupplier stopRequested;
    private final AtomicBoolean stop = new AtomicBoolean();
    private final AtomicBoolean stoppedOnRequest = new AtomicBoolean();
    private final AtomicBoolean used = new AtomicBoolean();

    /**
     * @param parallelism most reads under way at once, at least 1
     * @param endsAll     whether a read's failure stops the reading (an {@link Error} always does)
     */
    ParallelReads(int parallelism, Predicate<RuntimeException> endsAll) {
        this(parallelism, endsAll, () -> false);
    }

    /**
     * @param parallelism   most reads under way at once, at least 1
     * @param endsAll       whether a read's failure stops the reading (an {@link Error} always does)
     * @param stopRequested asked before each item is started, from the workers' threads; once true,
     *                      the reading stops as after a failure that ends all
     */
    ParallelReads(int parallelism, Predicate<RuntimeException> endsAll, BooleanSupplier stopRequested) {
        if (parallelism < 1) {
            throw new IllegalArgumentException("parallelism must be at least 1: " + parallelism);
        }
        this.parallelism = parallelism;
        this.endsAll = Objects.requireNonNull(endsAll, "endsAll");
        this.stopRequested = Objects.requireNonNull(stopRequested, "stopRequested");
    }

    /** Whether a failure or a request has stopped the reading: no further item will be started. */
    boolean stopping() {
        return stop.get();
    }

    /** Whether the reading stopped because {@code stopRequested} answered true. */
    boolean stoppedOnRequest() {
        return stoppedOnRequest.get();
    }

    /**
     * Reads every item (unless the reading stops) with {@code read}, which must be safe to call from
     * several threads at once for different items.
     *
     * @return one outcome per item, in the order of {@code items}
     * @throws KscException          when the calling thread is interrupted while it waits
     * @throws IllegalStateException when called a second time
     */
    List<Outcome<T>> run(List<I> items, Function<I, T> read) {
        return run(items, read, (item, outcome) -> { });
    }

    /**
     * As {@link #run(List, Function)}, handing each item's outcome to {@code done} as soon as it is
     * known, on the thread that read it (several at once).
     */
    List<Outcome<T>> run(List<I> items, Function<I, T> read, BiConsumer<I, Outcome<T>> done) {
        if (!used.compareAndSet(false, true)) {
            throw new IllegalStateException("a ParallelReads runs once");
        }
        AtomicReferenceArray<Outcome<T>> outcomes = new AtomicReferenceArray<>(items.size());
        AtomicInteger next = new AtomicInteger();
        Runnable worker = () -> work(items, read, done, outcomes, next);
        int workers = Math.min(parallelism, items.size());
        if (workers <= 1) {
            worker.run();
        } else {
            runOnPool(worker, workers);
        }
        List<Outcome<T>> result = new ArrayList<>(items.size());
        for (int i = 0; i < items.size(); i++) {
            Outcome<T> outcome = outcomes.get(i);
            result.add(outcome == null ? Outcome.notRead() : outcome);
        }
        return result;
    }

    private void work(List<I> items, Function<I, T> read, BiConsumer<I, Outcome<T>> done,
            AtomicReferenceArray<Outcome<T>> outcomes, AtomicInteger next) {
        while (!stop.get()) {
            if (stopRequested.getAsBoolean()) {
                stoppedOnRequest.set(true);
                stop.set(true);
                return;
            }
            int index = next.getAndIncrement();
            if (index >= items.size()) {
                return;
            }
            Outcome<T> outcome;
            try {
                outcome = Outcome.read(read.apply(items.get(index)));
            } catch (RuntimeException failure) {
                outcome = Outcome.failed(failure);
                if (endsAll.test(failure)) {
                    stop.set(true);
                }
            } catch (Error error) {
                // Kept as the item's outcome for the caller to throw; nothing more is started.
                outcome = Outcome.failed(error);
                stop.set(true);
            }
            outcomes.set(index, outcome);
            done.accept(items.get(index), outcome);
        }
    }

    private void runOnPool(Runnable worker, int workers) {
        ExecutorService pool = Executors.newFixedThreadPool(workers, threads());
        try {
            List<Future<?>> running = new ArrayList<>(workers);
            for (int i = 0; i < workers; i++) {
                running.add(pool.submit(worker));
            }
            for (Future<?> future : running) {
                future.get();
            }
        } catch (InterruptedException e) {
            stop.set(true);
            pool.shutdownNow();
            Thread.currentThread().interrupt();
            throw new KscException("Reading usage from Kaspersky Security Center was interrupted before every"
                    + " virtual server was read, so none of this reading is used. Run billing again.", e);
        } catch (ExecutionException e) {
            // The worker catches every failure of a read; this is a defect of the worker itself.
            throw new IllegalStateException("a usage reading worker failed", e.getCause());
        } finally {
            pool.shutdown();
        }
    }

    private static ThreadFactory threads() {
        AtomicInteger count = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, "ksc-usage-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
