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
 * @param dailyChangePercent null for a first bill (contracts carry most services at units near, not
 *                     at, the usage: almost every pair changes); else a day after a complete bill:
 *                     every mapped service is on its contract at the usage, except this share of
 *                     the pairs (0 to 100 %), drawn at random, whose units are off by 1 to 3
 */
public record ScaleSpec(int customers, int hosts, int applications, long seed, LocalDate today,
                        Double dailyChangePercent) {

    /** A first bill's data. */
    public ScaleSpec(int customers, int hosts, int applications, long seed, LocalDate today) {
        this(customers, hosts, applications, seed, today, null);
    }

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
        if (dailyChangePercent != null && !(dailyChangePercent >= 0 && dailyChangePercent <= 100)) {
            throw new IllegalArgumentException("the daily share of pairs that change must be between 0 and 100 %, not "
                    + dailyChangePercent);
        }
    }

    /** Whether this is the day after a complete bill, with few changes. */
    public boolean daily() {
        return dailyChangePercent != null;
    }
}
