package net.mspbridge.integration.billing;

import net.mspbridge.api.billing.RunMonitor;

/** Counts a run's units of work (remote calls and creates) and tells the host's monitor. Run thread only. */
final class Progress {

    private final RunMonitor monitor;
    private int done;
    private int total;

    Progress(RunMonitor monitor) {
        this.monitor = monitor;
    }

    /** Adds work now known to lie ahead. */
    void expect(int more) {
        total += more;
    }

    /** Reports the step about to be taken. */
    void step(String step) {
        monitor.progress(done, Math.max(done, total), step);
    }

    /** Reports the run finished: everything known is done. */
    void finish(String step) {
        total = done;
        monitor.progress(done, total, step);
    }

    /** Counts one unit of work done. */
    void advance(String step) {
        done++;
        monitor.progress(done, Math.max(done, total), step);
    }
}
