package net.mspbridge.integration.billing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import net.mspbridge.api.RunRejectedException;
import net.mspbridge.api.StoreException;
import net.mspbridge.api.host.PluginStore;

/**
 * The claim a run holds in the plugin's store so that no two runs overlap, even from two
 * processes sharing the store. Taken and renewed with compare-and-set; it lapses on its own after
 * its time, so a run whose process died blocks the next one for at most that long.
 *
 * <p>While the run lives, a heartbeat thread renews the lease every {@code heartbeat}, whatever the
 * run is doing (a long read, a create waiting for its answer); the run's own thread also renews it
 * between remote calls once half its time has passed, and learns there when it was lost. So the
 * lease can be short: a live run keeps it, and a killed process frees it soon after.
 *
 * <p>The value is {@code token|startedAt|expiresAt|runId} (instants in ISO-8601). A value that
 * cannot be read is treated as lapsed, so a damaged entry cannot block billing for ever.
 *
 * <p>Thread-safe: the run's thread and the heartbeat share it.
 */
final class RunLease implements AutoCloseable {

    static final String KEY = "billing.run.lease";

    private static final Logger LOG = LoggerFactory.getLogger(RunLease.class);

    private final PluginStore store;
    private final Clock clock;
    private final Duration time;
    private final String token;
    private final String runId;
    private final Instant started;
    private ScheduledExecutorService heartbeat;
    private String value;
    private Instant expires;
    private boolean lost;
    private boolean closed;

    private RunLease(PluginStore store, Clock clock, Duration time, String runId, Instant started) {
        this.store = store;
        this.clock = clock;
        this.time = time;
        this.token = UUID.randomUUID().toString();
        this.runId = runId;
        this.started = started;
    }

    /**
     * Takes the lease for a run and starts its heartbeat.
     *
     * @param time      how long the lease lasts without renewal
     * @param heartbeat how often the heartbeat renews it; shorter than {@code time}
     * @throws RunRejectedException when another run holds it
     * @throws StoreException       when the store cannot be used
     */
    static RunLease acquire(PluginStore store, Clock clock, String runId, Duration time, Duration heartbeat) {
        if (heartbeat.compareTo(time) >= 0 || heartbeat.isNegative() || heartbeat.isZero()) {
            throw new IllegalArgumentException("the lease heartbeat (" + heartbeat + ") must be positive and shorter than"
                    + " the lease (" + time + ")");
        }
        Instant now = clock.instant();
        Optional<String> current = store.get(KEY);
        current.flatMap(RunLease::parse).filter(held -> held.expires().isAfter(now)).ifPresent(held -> {
            throw new RunRejectedException("Billing run '" + held.runId() + "' is already under way (started "
                    + held.started() + "), so this run was not started. Try again when it has finished; should that "
                    + "run have stopped without finishing, its claim lapses at " + held.expires() + ".");
        });
        RunLease lease = new RunLease(store, clock, time, runId, now);
        String value = lease.format(now.plus(time));
        if (!store.compareAndSet(KEY, current, Optional.of(value))) {
            throw new RunRejectedException("Another billing run started at the same moment, so this run was not "
                    + "started. Try again when it has finished.");
        }
        lease.value = value;
        lease.expires = now.plus(time);
        lease.startHeartbeat(heartbeat);
        return lease;
    }

    private synchronized void startHeartbeat(Duration every) {
        heartbeat = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "billing-lease-" + runId);
            thread.setDaemon(true);
            return thread;
        });
        long millis = every.toMillis();
        heartbeat.scheduleWithFixedDelay(this::beat, millis, millis, TimeUnit.MILLISECONDS);
    }

    /** One heartbeat: extends the lease by its full time from now. */
    synchronized void beat() {
        if (closed || lost) {
            return;
        }
        renew(clock.instant());
    }

    /**
     * Renews the lease once half its time has passed.
     *
     * @return false when the lease was lost (it lapsed and another run took it, or the store
     *         refused the write): the run must start no more writes
     */
    synchronized boolean renewIfDue() {
        if (lost) {
            return false;
        }
        Instant now = clock.instant();
        if (now.isBefore(expires.minus(time.dividedBy(2)))) {
            return true;
        }
        renew(now);
        return !lost;
    }

    private void renew(Instant now) {
        String renewed = format(now.plus(time));
        try {
            if (!store.compareAndSet(KEY, Optional.of(value), Optional.of(renewed))) {
                lost = true;
                return;
            }
        } catch (StoreException e) {
            // The lease still holds until it lapses: the next heartbeat or the run's own renewal tries again.
            LOG.debug("Could not renew the billing run lease of run {} now: {}", runId, e.getMessage());
            if (!now.isBefore(expires)) {
                lost = true;
            }
            return;
        }
        value = renewed;
        expires = now.plus(time);
    }

    /** Stops the heartbeat and releases the lease if this run still holds it. A failure only delays the next run until it lapses. */
    @Override
    public void close() {
        ScheduledExecutorService beating;
        synchronized (this) {
            closed = true;
            beating = heartbeat;
        }
        if (beating != null) {
            // Not shutdownNow: interrupting a renewal in the middle of a store write helps nobody.
            beating.shutdown();
        }
        synchronized (this) {
            try {
                store.compareAndSet(KEY, Optional.of(value), Optional.empty());
            } catch (StoreException e) {
                // Nothing to undo: the lease lapses by itself. Worth a line because runs wait for it.
                LOG.warn("Could not release the billing run lease of run {}; it lapses at {}: {}", runId, expires, e.getMessage());
            }
        }
    }

    private String format(Instant expiresAt) {
        return token + "|" + started + "|" + expiresAt + "|" + runId;
    }

    private static Optional<Held> parse(String value) {
        String[] parts = value.split("\\|", 4);
        if (parts.length != 4) {
            return Optional.empty();
        }
        try {
            return Optional.of(new Held(Instant.parse(parts[1]), Instant.parse(parts[2]), parts[3]));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private record Held(Instant started, Instant expires, String runId) {
    }
}
