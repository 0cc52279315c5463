package net.mspbridge.host.demo.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** A benchmark result as a table for people: the case, the phases side by side, and the targets. */
final class BenchTable {

    private BenchTable() {
    }

    static String render(BenchResult result) {
        StringBuilder out = new StringBuilder();
        BenchSpec spec = result.spec();
        Environment env = result.environment();
        line(out, "Case: %s, %,d customers, %,d KSC hosts, %d applications (category billing on), %,d ms per Autotask "
                + "call, %d calls per endpoint, %,d ms per KSC call, effective date %s",
                spec.daily() ? BenchResult.format("daily (%s %% of the pairs change)", spec.dailyChangePercent()) : "first bill",
                spec.customers(), spec.hosts(), spec.applications(), spec.latency().toMillis(), spec.threadLimit(),
                spec.kscLatency().toMillis(), spec.date());
        line(out, "JVM: %d cores, max heap %,d MiB, %s; load average %.2f before, %.2f after", env.processors(),
                BenchResult.mib(env.maxHeap()), env.java(), env.loadBefore(), env.loadAfter());
        Workload w = result.workload();
        List<String> reads = new ArrayList<>();
        w.readIds().forEach((entity, ids) -> reads.add(BenchResult.format("%s %,d ids/%,d rows/%,d pages", entity, ids,
                w.readRows().get(entity), Workload.minimumPages(ids, w.readRows().get(entity)))));
        line(out, "Workload: %,d mapped (contract, service) pairs, %,d to change. Reads at least: %s.",
                w.expected().size(), w.changes(), String.join("; ", reads));
        line(out, "Minimum Autotask calls: preview %,d, apply %,d (creates + read pages + %d).", w.minimumPreviewCalls(),
                w.minimumApplyCalls(), Workload.CONSTANT);
        out.append(System.lineSeparator());

        List<PhaseFigures> phases = new ArrayList<>(List.of(result.preview(), result.apply()));
        result.baselineFigures().ifPresent(phases::add);
        row(out, "", phases, PhaseFigures::phase);
        row(out, "Wall time (ms)", phases, p -> n(p.wallMillis()));
        row(out, "  reading usage (ms)", phases, p -> p.usageMillis() < 0 ? "-" : n(p.usageMillis()));
        row(out, "  Autotask part (ms)", phases, p -> n(p.autotaskMillis()));
        row(out, "Ideal for its calls (ms)", phases, p -> n(p.idealMillis()));
        row(out, "Wall / ideal", phases, p -> p.idealMillis() > 0
                ? BenchResult.format("%.2f", p.wallMillis() / (double) p.idealMillis()) : "-");
        row(out, "Physical limit (ms)", phases, p -> n(p.limit().millis()));
        row(out, "  Autotask side (ms)", phases, p -> n(p.limit().autotaskMillis()));
        row(out, "  KSC side (ms)", phases, p -> n(p.limit().kscMillis()));
        row(out, "Wall / physical limit", phases, p -> p.limit().millis() > 0
                ? BenchResult.format("%.2f", p.wallMillis() / (double) p.limit().millis()) : "-");
        row(out, "Autotask calls", phases, p -> n(p.autotask().calls()));
        row(out, "  minimum", phases, p -> n(p.minimumCalls()));
        row(out, "  creates", phases, p -> n(p.autotask().creates()));
        row(out, "  reads and others", phases, p -> n(p.autotask().reads()));
        row(out, "  answered 429", phases, p -> n(p.autotask().throttled()));
        row(out, "  most creates at once", phases, p -> n(p.autotask().peakCreatesInFlight()));
        row(out, "KSC calls", phases, p -> n(p.ksc().calls()));
        row(out, "  logins", phases, p -> n(p.ksc().logins()));
        row(out, "  host chunks", phases, p -> n(p.ksc().hostChunks()));
        row(out, "  iterator pages", phases, p -> n(p.ksc().iteratorPages()));
        row(out, "  virtual servers read", phases, p -> n(p.ksc().virtualServers()));
        row(out, "  per virtual server", phases, p -> BenchResult.format("%.2f", p.ksc().boundPerVirtualServer()));
        row(out, "  main server's (unbound)", phases, p -> n(p.ksc().unbound()));
        row(out, "  most for one virtual server", phases, p -> n(p.ksc().maxPerVirtualServer()));
        row(out, "  sessions side by side", phases, p -> n(p.ksc().peakSessions()));
        row(out, "  most calls at once per session", phases, p -> n(p.ksc().peakCallsPerSession()));
        row(out, "  accessors, iterators left open", phases, p -> n(p.ksc().leftOpen()));
        row(out, "Heap live at start (MiB)", phases, p -> n(BenchResult.mib(p.heap().liveAtStart())));
        row(out, "Heap peak after GC (MiB)", phases, p -> n(BenchResult.mib(p.heap().peakAfterGc())));
        row(out, "Heap peak used (MiB)", phases, p -> n(BenchResult.mib(p.heap().peakUsed())));
        row(out, "Heap live at end (MiB)", phases, p -> n(BenchResult.mib(p.heap().liveAtEnd())));
        row(out, "Garbage collections", phases, p -> n(p.heap().collections()));
        row(out, "Pairs off expected after", phases, p -> p.mismatches() < 0 ? "-" : n(p.mismatches()));
        out.append(System.lineSeparator());
        for (PhaseFigures p : phases) {
            line(out, "%s: %s", p.phase(), p.outcome());
        }
        result.speedup().ifPresent(s -> line(out, "Baseline took %.2f times as long as apply.", s));
        out.append(System.lineSeparator()).append("Targets (issues 8 and 17):").append(System.lineSeparator());
        for (BenchResult.Target t : result.targets()) {
            String mark = t.met().map(m -> m ? "met   " : "MISSED").orElse("n/a   ");
            line(out, "  %s %s: %s (target %s)", mark, t.name(), t.measured(), t.limit());
        }
        out.append(System.lineSeparator()).append("Autotask calls by endpoint:").append(System.lineSeparator());
        for (PhaseFigures p : phases) {
            List<String> parts = new ArrayList<>();
            for (Map.Entry<String, Long> e : p.autotask().byEndpoint().entrySet()) {
                parts.add(BenchResult.format("%s %,d", e.getKey(), e.getValue()));
            }
            line(out, "  %s: %s", p.phase(), String.join(", ", parts));
        }
        out.append(System.lineSeparator()).append("KSC calls by method (per virtual server read):").append(System.lineSeparator());
        for (PhaseFigures p : phases) {
            List<String> parts = new ArrayList<>();
            new java.util.TreeMap<>(p.ksc().byMethod()).forEach((method, calls) -> parts.add(BenchResult.format(
                    "%s %,d (%.2f)", method, calls, p.ksc().perVirtualServer(calls))));
            line(out, "  %s: %s", p.phase(), parts.isEmpty() ? "none" : String.join(", ", parts));
        }
        return out.toString();
    }

    private static void row(StringBuilder out, String label, List<PhaseFigures> phases, Function<PhaseFigures, String> cell) {
        out.append(String.format("%-28s", label));
        for (PhaseFigures p : phases) {
            out.append(String.format("%14s", cell.apply(p)));
        }
        out.append(System.lineSeparator());
    }

    private static String n(long value) {
        return BenchResult.format("%,d", value);
    }

    private static void line(StringBuilder out, String format, Object... args) {
        out.append(BenchResult.format(format, args)).append(System.lineSeparator());
    }
}
