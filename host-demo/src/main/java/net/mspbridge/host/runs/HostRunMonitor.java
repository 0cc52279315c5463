package net.mspbridge.host.runs;

import net.mspbridge.api.billing.RunMonitor;

/**
 * The host's side of one run: progress as last reported (clamped to sense), and the cancel flag.
 * Called from the plugin's threads; every method is quick and thread-safe.
 */
final class HostRunMonitor implements RunMonitor {

    private static final int MAX_STEP_CHARS = 200;

    private volatile RunProgress progress = RunProgress.NONE;
    private volatile boolean cancelled;

    @Override
    public void progress(int done, int total, String step) {
        int safeDone = Math.max(0, done);
        int safeTotal = Math.max(safeDone, total);
        String safeStep = step == null ? "" : step.length() > MAX_STEP_CHARS ? step.substring(0, MAX_STEP_CHARS) : step;
        progress = new RunProgress(safeDone, safeTotal, safeStep);
    }

    @Override
    public boolean isCancelled() {
        return cancelled;
    }

    void cancel() {
        cancelled = true;
    }

    RunProgress progress() {
        return progress;
    }
}
