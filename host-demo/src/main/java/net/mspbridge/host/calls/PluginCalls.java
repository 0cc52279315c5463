package net.mspbridge.host.calls;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import net.mspbridge.api.PluginException;

/**
 * Runs short extension calls (panels, options, validation, actions) on a bounded pool of daemon
 * threads, each with a time limit. A call that overruns is interrupted and reported; if the plugin
 * ignores the interrupt its thread stays busy, so the pool is bounded and a full pool refuses new
 * calls at once ({@link HostBusyException}) instead of queueing behind a hang.
 *
 * <p>The call runs with the extension's class loader as the thread's context class loader, as
 * plugins that use {@link java.util.ServiceLoader} expect.
 *
 * <p>This is the one place where plugin defects are logged with their stack trace; what leaves it
 * carries only what a page may show. Thread-safe.
 */
public final class PluginCalls implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(PluginCalls.class);

    private final ThreadPoolExecutor pool;
    private final Duration timeout;

    /**
     * @param maxThreads the most calls in flight at once
     * @param timeout    how long a call may take
     */
    public PluginCalls(int maxThreads, Duration timeout) {
        this.timeout = timeout;
        AtomicInteger count = new AtomicInteger();
        ThreadFactory threads = task -> {
            Thread thread = new Thread(task, "plugin-call-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
        this.pool = new ThreadPoolExecutor(0, maxThreads, 30, TimeUnit.SECONDS, new SynchronousQueue<>(), threads);
    }

    /** The time limit of each call. */
    public Duration timeout() {
        return timeout;
    }

    /**
     * Calls the plugin and waits at most the time limit.
     *
     * @param pluginId  the plugin called, for messages
     * @param what      what is being done, for messages and the log ("options of autotask.services")
     * @param extension the extension called, whose class loader the call runs with
     * @param work      the call
     * @return what the call returned (possibly null: callers check answers)
     * @throws PluginReportedException when the plugin threw a {@link PluginException}
     * @throws PluginFailedException   when it threw anything else
     * @throws PluginTimeoutException  when it did not return in time
     * @throws HostBusyException       when no worker is free
     */
    public <T> T call(String pluginId, String what, Object extension, Callable<T> work) {
        ClassLoader loader = extension.getClass().getClassLoader();
        Future<T> future;
        try {
            future = pool.submit(() -> {
                Thread thread = Thread.currentThread();
                ClassLoader previous = thread.getContextClassLoader();
                thread.setContextClassLoader(loader);
                try {
                    return work.call();
                } finally {
                    thread.setContextClassLoader(previous);
                }
            });
        } catch (RejectedExecutionException e) {
            log.warn("Plugin {}: not calling {}: all {} workers are busy", pluginId, what, pool.getMaximumPoolSize());
            throw new HostBusyException(pluginId);
        }
        try {
            return future.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            future.cancel(true);
            log.warn("Plugin {} did not answer within {} ({}); interrupted", pluginId, Durations.toText(timeout), what);
            throw new PluginTimeoutException(pluginId, what, timeout);
        } catch (ExecutionException e) {
            throw translate(pluginId, what, e.getCause());
        } catch (InterruptedException e) {
            future.cancel(true);
            Thread.currentThread().interrupt();
            throw new PluginCallException(pluginId, "the host stopped waiting for the plugin (" + what + ")", e);
        }
    }

    /**
     * The exception to report for what a plugin threw: its own message for a
     * {@link PluginException}, otherwise only the type, with the details logged here.
     */
    public static PluginCallException translate(String pluginId, String what, Throwable thrown) {
        if (thrown instanceof PluginException reported) {
            log.info("Plugin {} refused {}: {}", pluginId, what, reported.getMessage());
            return new PluginReportedException(pluginId, reported);
        }
        log.warn("Plugin {} failed ({})", pluginId, what, thrown);
        return new PluginFailedException(pluginId, thrown.getClass().getSimpleName());
    }

    /** Stops the workers; calls in flight are interrupted. */
    @Override
    public void close() {
        pool.shutdownNow();
    }
}
