package net.mspbridge.integration.billing;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs a run's independent Autotask reads side by side on a few threads of its own. It does not
 * limit calls itself: the client's shared in-flight slots (3 per integration code and endpoint, as
 * Autotask counts them) and its budget guard stay the limits, so a thread beyond a full endpoint
 * waits there. Threads carry the run's context class loader (the plugin's), as {@link SideRead}'s
 * do. Closing stops every read not yet done (interrupting those under way): a read whose answer the
 * run no longer needs changes nothing, since reads never change Autotask.
 *
 * <p>Made and closed by the run's thread.
 */
final class ReadsSideBySide implements AutoCloseable {

    /** A read's failure, as the read threw it. */
    static final class ReadFailure extends Exception {

        ReadFailure(Throwable cause) {
            super(cause);
        }
    }

    private final ExecutorService pool;

    /**
     * @param threads at most this many reads at once; reads to one endpoint beyond its slots wait
     *                for a slot
     */
    ReadsSideBySide(String name, int threads) {
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        AtomicInteger next = new AtomicInteger();
        this.pool = Executors.newFixedThreadPool(threads, task -> {
            Thread thread = new Thread(task, name + "-" + next.incrementAndGet());
            thread.setDaemon(true);
            thread.setContextClassLoader(loader);
            return thread;
        });
    }

    /** Starts {@code read}; reads start in the order they are submitted. */
    <T> Future<T> submit(Callable<T> read) {
        return pool.submit(read);
    }

    /**
     * Waits for a read started here.
     *
     * @throws ReadFailure          with what the read threw
     * @throws InterruptedException when the waiting thread is interrupted
     */
    static <T> T await(Future<T> read) throws ReadFailure, InterruptedException {
        try {
            return read.get();
        } catch (ExecutionException e) {
            throw new ReadFailure(e.getCause());
        }
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }
}
