package net.mspbridge.integration.billing;

import net.mspbridge.api.billing.RunMonitor;

/**
 * Counts a run's units of work (remote calls and creates) and tells the host's monitor. Thread-safe:
 * the run's own thread and the usage read beside it both report here, in one forward-going count.
 */
final class Progress {

    private final RunMonitor monitor;
    private int done;
    private int total;

    Progress(RunMonitor monitor) {
        this.monitor = monitor;
    }

    /** Adds work now known to lie ahead. */
    synchronized void expect(int more) {
        total += more;
    }

    /** Reports the step about to be taken. */
    synchronized void step(String step) {
        monitor.progress(done, Math.max(done, total), step);
    }

    /** Reports the run finished: everything known is done. */
    synchronized void finish(String step) {
        total = done;
        monitor.progress(done, total, step);
    }

    /** Counts one unit of work done. */
    synchronized void advance(String step) {
        done++;
        monitor.progress(done, Math.max(done, total), step);
    }
}
