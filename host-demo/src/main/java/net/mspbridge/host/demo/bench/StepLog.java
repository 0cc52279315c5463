package net.mspbridge.host.demo.bench;

import java.util.ArrayList;
import java.util.List;

import net.mspbridge.api.billing.RunMonitor;

/**
 * The host's monitor of a benchmarked run: notes when the plugin's reported step changes, so a run's
 * wall time can be split into reading usage, reading Autotask and creating, without the plugin
 * knowing it is measured. Never cancels. Thread-safe.
 */
final class StepLog implements RunMonitor {

    /** A step the plugin reported, and when it first did, in milliseconds from the start of the run. */
    record Step(String name, long atMillis) {
    }

    private final List<Step> steps = new ArrayList<>();
    private long start = System.nanoTime();
    private String last;

    /** Starts the clock: call it as the run starts, so step times count from the same moment as its wall time. */
    synchronized void begin() {
        start = System.nanoTime();
        steps.clear();
        last = null;
    }

    @Override
    public synchronized void progress(int done, int total, String step) {
        if (!step.equals(last)) {
            steps.add(new Step(step, (System.nanoTime() - start) / 1_000_000));
            last = step;
        }
    }

    @Override
    public boolean isCancelled() {
        return false;
    }

    synchronized List<Step> steps() {
        return List.copyOf(steps);
    }

    /** When the first step whose name contains {@code text} was reported, or -1. */
    synchronized long firstContaining(String text) {
        return steps.stream().filter(s -> s.name().contains(text)).mapToLong(Step::atMillis).findFirst().orElse(-1);
    }
}
