package net.mspbridge.integration.billing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import net.mspbridge.api.RunRejectedException;
import net.mspbridge.api.StoreException;
import net.mspbridge.api.host.PluginStore;

/**
 * The claim a run holds in the plugin's store so that no two runs overlap, even from two
 * processes sharing the store. Taken and renewed with compare-and-set; it lapses on its own after
 * its time, so a run that crashed blocks the next one for at most that long.
 *
 * <p>The value is {@code token|startedAt|expiresAt|runId} (instants in ISO-8601). A value that
 * cannot be read is treated as lapsed, so a damaged entry cannot block billing for ever.
 *
 * <p>Not thread-safe: used from the run's own thread.
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
    private String value;
    private Instant expires;

    private RunLease(PluginStore store, Clock clock, Duration time, String runId, Instant started) {
        this.store = store;
        this.clock = clock;
        this.time = time;
        this.token = UUID.randomUUID().toString();
        this.runId = runId;
        this.started = started;
    }

    /**
     * Takes the lease for a run.
     *
     * @throws RunRejectedException when another run holds it
     * @throws StoreException       when the store cannot be used
     */
    static RunLease acquire(PluginStore store, Clock clock, String runId, Duration time) {
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
        return lease;
    }

    /**
     * Renews the lease once half its time has passed.
     *
     * @return false when the lease was lost (it lapsed and another run took it, or the store
     *         refused the write): the run must start no more writes
     */
    boolean renewIfDue() {
        Instant now = clock.instant();
        if (now.isBefore(expires.minus(time.dividedBy(2)))) {
            return true;
        }
        String renewed = format(now.plus(time));
        try {
            if (!store.compareAndSet(KEY, Optional.of(value), Optional.of(renewed))) {
                return false;
            }
        } catch (StoreException e) {
            return false;
        }
        value = renewed;
        expires = now.plus(time);
        return true;
    }

    /** Releases the lease if this run still holds it. A failure only delays the next run until it lapses. */
    @Override
    public void close() {
        try {
            store.compareAndSet(KEY, Optional.of(value), Optional.empty());
        } catch (StoreException e) {
            // Nothing to undo: the lease lapses by itself. Worth a line because runs wait for it.
            LOG.warn("Could not release the billing run lease of run {}; it lapses at {}: {}", runId, expires, e.getMessage());
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
