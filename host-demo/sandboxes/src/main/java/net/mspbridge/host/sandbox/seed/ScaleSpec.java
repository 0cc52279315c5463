package net.mspbridge.host.sandbox.seed;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The size of generated sandbox data for the benchmark.
 *
 * @param customers    KSC virtual servers, each with an Autotask company and Recurring Service contract
 * @param hosts        KSC hosts over all customers (spread evenly)
 * @param applications KSC security applications in use, 1 to 6 (KES, WSEE, KESL, KESMAC, KESMOB, KSVLA)
 * @param seed         the same seed gives the same data
 * @param today        the day the data is dated around
 */
public record ScaleSpec(int customers, int hosts, int applications, long seed, LocalDate today) {

    public ScaleSpec {
        Objects.requireNonNull(today, "today");
        if (customers < 1 || customers > 100_000) {
            throw new IllegalArgumentException("customers must be between 1 and 100,000, not " + customers);
        }
        if (hosts < 0 || hosts > 10_000_000) {
            throw new IllegalArgumentException("hosts must be between 0 and 10,000,000, not " + hosts);
        }
        if (applications < 1 || applications > 6) {
            throw new IllegalArgumentException("applications must be between 1 and 6, not " + applications);
        }
    }
}
