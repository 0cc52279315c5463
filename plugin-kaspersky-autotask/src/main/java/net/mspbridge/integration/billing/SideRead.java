package net.mspbridge.integration.billing;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A read that runs beside the run's own thread, on a daemon thread of its own with the caller's
 * context class loader (the plugin's): the run reads Kaspersky usage this way while it reads
 * Autotask, as neither needs the other. The run takes the result with {@link #result()} and, however
 * it ends, {@link #settle()}s the read, so that nothing of a run is still reading once it has returned.
 * The read is never interrupted by the run (an interrupted KSC read could leave accessors open on
 * the server), only waited for; if the run's own thread is interrupted, the read is too.
 */
final class SideRead<T> {

    private static final Logger log = LoggerFactory.getLogger(SideRead.class);

    private final FutureTask<T> task;

    private SideRead(FutureTask<T> task) {
        this.task = task;
    }

    /** Starts {@code read} on a thread named {@code name}. */
    static <T> SideRead<T> start(String name, Supplier<T> read) {
        FutureTask<T> task = new FutureTask<>(read::get);
        Thread thread = new Thread(task, name);
        thread.setDaemon(true);
        thread.setContextClassLoader(Thread.currentThread().getContextClassLoader());
        thread.start();
        return new SideRead<>(task);
    }

    /** Whether the read has ended, with a result or a failure. */
    boolean isDone() {
        return task.isDone();
    }

    /**
     * Waits for the read and gives its result; what it threw is thrown here as it was.
     *
     * @throws IllegalStateException when the waiting thread is interrupted (the read is interrupted too)
     */
    T result() {
        try {
            return task.get();
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException("a side read failed", cause);
        } catch (InterruptedException e) {
            task.cancel(true);
            Thread.currentThread().interrupt();
            throw new IllegalStateException("the billing run was interrupted while it waited for a side read", e);
        }
    }

    /**
     * Waits for the read to end when the run does not need its result (it stopped early or failed);
     * what the read threw is only logged: the run's own outcome is what the run reports.
     */
    void settle() {
        if (task.isDone()) {
            return;
        }
        try {
            task.get();
        } catch (ExecutionException e) {
            log.warn("A read beside the billing run failed after the run had stopped: {}", e.getCause().getMessage());
        } catch (InterruptedException e) {
            task.cancel(true);
            Thread.currentThread().interrupt();
        }
    }
}
