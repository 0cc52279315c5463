package net.mspbridge.host.runs;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;

/** A run this process is running: its monitor, its worker and its timers. */
final class ActiveRun {

    final RunRecord started;
    final HostRunMonitor monitor = new HostRunMonitor();
    final CountDownLatch done = new CountDownLatch(1);
    /** Set once the host has scheduled its last resort (interrupt) for this run. */
    final AtomicBoolean hardStopScheduled = new AtomicBoolean();
    volatile Future<?> worker;
    volatile Future<?> renewal;
    volatile Future<?> deadline;

    ActiveRun(RunRecord started) {
        this.started = started;
    }

    String runId() {
        return started.runId();
    }

    String pluginId() {
        return started.pluginId();
    }

    boolean isDone() {
        return done.getCount() == 0;
    }
}
