package net.mspbridge.host.reliability;

import java.util.concurrent.atomic.AtomicInteger;

import net.mspbridge.api.billing.RunMonitor;

/**
 * A run monitor that asks the run to stop once it has reported progress a given number of times: a
 * cancellation at a point chosen by the seed rather than by timing, so a seed replays the same way.
 */
final class CancelAfter implements RunMonitor {

    private final int reports;
    private final AtomicInteger seen = new AtomicInteger();

    CancelAfter(int reports) {
        this.reports = reports;
    }

    @Override
    public void progress(int done, int total, String step) {
        seen.incrementAndGet();
    }

    @Override
    public boolean isCancelled() {
        return seen.get() >= reports;
    }

    int reportsSeen() {
        return seen.get();
    }
}
