package net.mspbridge.integration.billing;

import java.util.ArrayList;
import java.util.List;

import net.mspbridge.api.billing.RunMonitor;

/** A monitor that records progress and is cancelled on demand. Thread-safe. */
final class TestMonitor implements RunMonitor {

    record Event(int done, int total, String step) {
    }

    private final List<Event> events = new ArrayList<>();
    private volatile boolean cancelled;
    private int checksLeft = Integer.MAX_VALUE;

    void cancel() {
        cancelled = true;
    }

    /** Answers "not cancelled" this many times, then "cancelled". */
    synchronized TestMonitor cancelAfterChecks(int checks) {
        checksLeft = checks;
        return this;
    }

    synchronized List<Event> events() {
        return List.copyOf(events);
    }

    @Override
    public synchronized void progress(int done, int total, String step) {
        events.add(new Event(done, total, step));
    }

    @Override
    public boolean isCancelled() {
        synchronized (this) {
            if (checksLeft-- <= 0) {
                cancelled = true;
            }
        }
        return cancelled;
    }
}
