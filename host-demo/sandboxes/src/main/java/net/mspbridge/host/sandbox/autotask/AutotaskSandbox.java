package net.mspbridge.host.sandbox.autotask;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * An Autotask PSA REST API (ATServicesRest V1.0) on 127.0.0.1 that a client cannot tell from the
 * real one for the calls this project makes: zone discovery, the three auth headers, queries with
 * every filter operator and keyset paging through absolute {@code nextPageUrl}s, counts, get by id,
 * picklists from {@code entityInformation/fields}, create-only contract service adjustments that
 * change the units in force, {@code {"errors":[...]}} errors, the 3-thread limit as 429 and the
 * hourly request threshold. Plus what tests and the benchmark need: counters, per-call latency and
 * fault injection, all settable while it runs.
 *
 * <p>Thread-safe. Started by {@link #start}; {@link #close()} stops it and wakes every call it holds.
 */
public interface AutotaskSandbox extends AutoCloseable {

    /**
     * Starts serving.
     *
     * @throws IllegalStateException when the port cannot be bound
     */
    static AutotaskSandbox start(AutotaskSandboxConfig config) {
        return AutotaskHttpServer.start(config);
    }

    /** The REST base a client uses as its base-URL override: {@code http://127.0.0.1:PORT/ATServicesRest/}. */
    URI baseUrl();

    /** The zone lookup base: {@code GET <this>V1.0/zoneInformation?user=...} answers with {@link #baseUrl()}. */
    default URI zoneLookupBase() {
        return baseUrl();
    }

    int port();

    AutotaskCredentials credentials();

    AutotaskLimits options();

    /** Takes effect for calls that arrive afterwards. */
    void setOptions(AutotaskLimits options);

    FaultOptions faults();

    /** Replaces the fault options and restarts the random sequence from their seed. */
    void setFaults(FaultOptions faults);

    /**
     * The next calls on the endpoint (entity path, e.g. {@code ContractServiceAdjustments}) get these
     * faults, one each, before any random fault is drawn.
     */
    void scheduleFaults(String endpoint, FaultKind... kinds);

    /**
     * The faults injected since start (or the last {@link #resetStats()}), by kind: scheduled and
     * drawn ones alike. Kinds never injected are absent.
     */
    Map<FaultKind, Long> faultsInjected();

    /** {@link #faultsInjected()} on one endpoint (entity path, e.g. {@code ContractServiceAdjustments}), without regard to case. */
    Map<FaultKind, Long> faultsInjected(String endpoint);

    AutotaskStats stats();

    /** Zeroes the counters (injected faults included) and the rolling hour. */
    void resetStats();

    /** All data as it is now. */
    AutotaskData snapshot();

    /** The adjustments received, oldest first. */
    default List<AtAdjustment> adjustments() {
        return snapshot().adjustments();
    }

    /**
     * The units of a service on a contract in force on a date (0 when the contract does not have it).
     */
    default int unitsInForce(long contractId, long serviceId, LocalDate date) {
        AutotaskData data = snapshot();
        return data.contractServices().stream()
                .filter(cs -> cs.contractID() == contractId && cs.serviceID() == serviceId)
                .mapToInt(cs -> data.unitsInForce(cs.id(), date))
                .sum();
    }

    @Override
    void close();
}
