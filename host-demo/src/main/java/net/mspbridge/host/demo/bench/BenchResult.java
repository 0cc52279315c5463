package net.mspbridge.host.demo.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Every figure of one benchmark case, and the targets judged against them.
 *
 * @param baseline null when the baseline was not run
 */
record BenchResult(BenchSpec spec, Environment environment, Workload workload, PhaseFigures preview, PhaseFigures apply,
                   PhaseFigures baseline) {

    /** Calls a run may make beyond the minimum (issue 8). */
    static final int CALLS_OVER_MINIMUM = 5;
    /** Apply wall time over the ideal for its calls (issue 8). */
    static final double WALL_OVER_IDEAL = 1.2;
    /** How much faster than the naive baseline apply must be (issue 8). */
    static final double SPEEDUP = 2.5;
    /** Peak heap for the large case (issue 8). */
    static final long HEAP_BYTES = 256L * 1024 * 1024;
    /** Apply wall time over its physical limit at real latencies (issue 17). */
    static final double WALL_OVER_LIMIT = 1.2;
    /** The budget endpoint: its calls beyond the first are the client's periodic re-readings. */
    static final String THRESHOLD = "ThresholdInformation";

    BenchResult {
        Objects.requireNonNull(spec, "spec");
        Objects.requireNonNull(environment, "environment");
        Objects.requireNonNull(workload, "workload");
        Objects.requireNonNull(preview, "preview");
        Objects.requireNonNull(apply, "apply");
    }

    Optional<PhaseFigures> baselineFigures() {
        return Optional.ofNullable(baseline);
    }

    /** How many times longer the baseline took than the plugin's apply, when both ran. */
    Optional<Double> speedup() {
        return baselineFigures().map(b -> b.wallMillis() / (double) Math.max(1, apply.wallMillis()));
    }

    /**
     * A target of issue 8 and whether this case meets it.
     *
     * @param met empty when the target cannot be judged in this case (no latency, no baseline)
     */
    record Target(String name, String measured, String limit, Optional<Boolean> met) {
    }

    List<Target> targets() {
        List<Target> targets = new ArrayList<>();
        targets.add(calls("Autotask calls, apply", apply));
        targets.add(calls("Autotask calls, preview", preview));
        targets.add(new Target("Creates made by preview", Long.toString(preview.autotask().creates()), "0",
                Optional.of(preview.autotask().creates() == 0)));
        targets.add(new Target("Mapped pairs off their expected units after apply", Integer.toString(apply.mismatches()),
                "0", Optional.of(apply.mismatches() == 0)));
        if (apply.idealMillis() > 0) {
            double ratio = apply.wallMillis() / (double) apply.idealMillis();
            targets.add(new Target("Apply wall time / ideal for its calls", format("%.2f (%,d / %,d ms)", ratio,
                    apply.wallMillis(), apply.idealMillis()), format("<= %.1f", WALL_OVER_IDEAL),
                    Optional.of(ratio <= WALL_OVER_IDEAL)));
        } else {
            targets.add(new Target("Apply wall time / ideal for its calls", apply.wallMillis() + " ms, ideal 0 ms",
                    format("<= %.1f", WALL_OVER_IDEAL), Optional.empty()));
        }
        speedup().ifPresentOrElse(s -> targets.add(new Target("Naive baseline wall time / apply wall time",
                        format("%.2f (%,d / %,d ms)", s, baseline.wallMillis(), apply.wallMillis()),
                        format(">= %.1f", SPEEDUP), Optional.of(s >= SPEEDUP))),
                () -> targets.add(new Target("Naive baseline wall time / apply wall time", "not run",
                        format(">= %.1f", SPEEDUP), Optional.empty())));
        long limit = apply.limit().millis();
        double overLimit = apply.wallMillis() / (double) Math.max(1, limit);
        targets.add(new Target("Apply wall time / physical limit (issue 17)", limit > 0
                ? format("%.2f (%,d / %,d ms: Autotask side %,d ms, KSC side %,d ms over %d session(s))", overLimit,
                        apply.wallMillis(), limit, apply.limit().autotaskMillis(), apply.limit().kscMillis(),
                        apply.limit().kscSessions())
                : apply.wallMillis() + " ms, limit 0 ms (no latency)", format("<= %.1f", WALL_OVER_LIMIT),
                limit > 0 ? Optional.of(overLimit <= WALL_OVER_LIMIT) : Optional.empty()));
        targets.add(kscCalls(apply));
        long peak = Math.max(preview.heap().peakAfterGc(), apply.heap().peakAfterGc());
        targets.add(new Target("Peak heap after GC, whole JVM, preview and apply", mib(peak) + " MiB",
                "<= " + mib(HEAP_BYTES) + " MiB", Optional.of(peak <= HEAP_BYTES)));
        return targets;
    }

    /** Each virtual server read in at most 4 + 3 KSC calls per key whose hosts are read (issue 17). */
    private Target kscCalls(PhaseFigures phase) {
        Map<Long, Long> byVs = phase.ksc().byVirtualServer();
        long over = 0;
        long worst = Long.MIN_VALUE;
        long allowed = 0;
        for (Map.Entry<Long, Integer> e : workload.kscKeysWithHosts().entrySet()) {
            long allowance = Workload.kscAllowance(e.getValue());
            long calls = byVs.getOrDefault(e.getKey(), 0L);
            allowed += allowance;
            over += calls > allowance ? 1 : 0;
            worst = Math.max(worst, calls - allowance);
        }
        long read = workload.kscKeysWithHosts().size();
        String measured = format("%,d of %,d virtual servers over; %.2f calls per virtual server against %.2f allowed"
                        + " on average; the worst %+,d", over, read, phase.ksc().boundPerVirtualServer(),
                read == 0 ? 0.0 : allowed / (double) read, worst == Long.MIN_VALUE ? 0 : worst);
        return new Target("KSC calls per virtual server, apply (issue 17)", measured,
                "<= 4 + 3 per key whose hosts are read, each virtual server", read == 0 ? Optional.empty() : Optional.of(over == 0));
    }

    private static Target calls(String name, PhaseFigures phase) {
        long over = phase.autotask().calls() - phase.minimumCalls();
        long rereads = Math.max(0, phase.autotask().byEndpoint().getOrDefault(THRESHOLD, 0L) - 1);
        return new Target(name, format("%,d (minimum %,d, %+,d, of which %,d budget re-readings)", phase.autotask().calls(),
                phase.minimumCalls(), over, rereads), "<= minimum + " + CALLS_OVER_MINIMUM, Optional.of(over <= CALLS_OVER_MINIMUM));
    }

    static long mib(long bytes) {
        return Math.round(bytes / (1024.0 * 1024.0));
    }

    static String format(String format, Object... args) {
        return String.format(Locale.ROOT, format, args);
    }
}
