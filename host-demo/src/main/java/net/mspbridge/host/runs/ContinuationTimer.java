package net.mspbridge.host.runs;

import java.util.List;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Starts due continuations of deferred runs ({@link RunService#startDueContinuations()}) every 30 seconds,
 * whether or not the daily schedule is on: a continuation finishes work a person or the schedule already
 * started. Thread-safe.
 */
public final class ContinuationTimer implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(ContinuationTimer.class);

    private final RunService runs;
    private volatile ScheduledFuture<?> ticking;

    public ContinuationTimer(RunService runs) {
        this.runs = runs;
    }

    /** Checks every 30 seconds, the first time 5 seconds from now (a restarted host picks up what was due). */
    public void start(ScheduledExecutorService timer) {
        ticking = timer.scheduleWithFixedDelay(this::tickSafely, 5, 30, TimeUnit.SECONDS);
    }

    /** Starts what is due now; the runs started. */
    public List<RunRecord> tick() {
        return runs.startDueContinuations();
    }

    private void tickSafely() {
        try {
            tick();
        } catch (RuntimeException e) {
            // A scheduled task that throws is never run again: log and try at the next tick.
            log.error("Could not check whether continuations of deferred billing runs are due", e);
        }
    }

    @Override
    public void close() {
        ScheduledFuture<?> current = ticking;
        if (current != null) {
            current.cancel(false);
        }
    }
}
