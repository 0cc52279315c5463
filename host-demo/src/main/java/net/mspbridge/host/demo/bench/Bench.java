package net.mspbridge.host.demo.bench;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import net.mspbridge.api.PluginException;
import net.mspbridge.api.billing.BillingReport;
import net.mspbridge.api.billing.LineOutcome;
import net.mspbridge.api.billing.RunMode;
import net.mspbridge.api.billing.RunStatus;
import net.mspbridge.api.host.PluginStore;
import net.mspbridge.host.db.Database;
import net.mspbridge.host.demo.DemoPluginSettings;
import net.mspbridge.host.evidence.EvidenceStore;
import net.mspbridge.host.logging.HeaderLogGuard;
import net.mspbridge.host.sandbox.SandboxConfig;
import net.mspbridge.host.sandbox.SandboxException;
import net.mspbridge.host.sandbox.Sandboxes;
import net.mspbridge.host.sandbox.autotask.AutotaskData;
import net.mspbridge.host.sandbox.autotask.AutotaskLimits;
import net.mspbridge.host.sandbox.autotask.AutotaskStats;
import net.mspbridge.host.sandbox.autotask.EndpointStats;
import net.mspbridge.host.sandbox.seed.ExpectedUnits;
import net.mspbridge.host.sandbox.seed.SandboxSeed;
import net.mspbridge.host.sandbox.seed.ScaleGenerator;
import net.mspbridge.host.sandbox.ksc.KscOptions;
import net.mspbridge.host.sandbox.ksc.KscStats;

/**
 * One benchmark case, start to end, on the calling thread: generates the data, starts the sandboxes
 * in memory, runs the plugin's preview and apply through PF4J against them, then the naive baseline
 * against an identical fresh pair of sandboxes, and gives every figure. Phases run one after the
 * other, never together, so none takes CPU from another on a small machine.
 */
final class Bench {

    static final String ADJUSTMENTS = "ContractServiceAdjustments";
    static final String ZONE = "zoneInformation";

    private final BenchSpec spec;
    private final Path pluginsDir;
    private final PrintWriter log;
    private final Optional<Path> evidenceDir;
    private Optional<EvidenceStore> evidence = Optional.empty();

    /**
     * @param log where progress lines go (not the results)
     */
    Bench(BenchSpec spec, Path pluginsDir, PrintWriter log) {
        this(spec, pluginsDir, log, Optional.empty());
    }

    /**
     * @param evidenceDir a data folder whose H2 database each plugin run writes its evidence to, as a
     *                    host's run does; empty for none
     */
    Bench(BenchSpec spec, Path pluginsDir, PrintWriter log, Optional<Path> evidenceDir) {
        this.spec = spec;
        this.pluginsDir = pluginsDir;
        this.log = log;
        this.evidenceDir = evidenceDir;
    }

    /**
     * @throws BenchException when the plugin cannot be loaded, a sandbox cannot start, or a run fails outright
     */
    BenchResult run() {
        Environment environment = Environment.now();
        Database database = evidenceDir.map(Bench::evidenceDatabase).orElse(null);
        try (PluginBilling plugin = PluginBilling.load(pluginsDir); HeapMeter heap = new HeapMeter()) {
            evidence = Optional.ofNullable(database).map(db -> EvidenceStore.inDatabase(db, java.time.Clock.systemUTC(),
                    EvidenceStore.DEFAULT_KEPT_RUNS));
            long generated = System.nanoTime();
            SandboxSeed seed = ScaleGenerator.generate(spec.scale());
            note("Generated %,d customers, %,d hosts, %d applications in %,d ms", spec.customers(), spec.hosts(),
                    spec.applications(), (System.nanoTime() - generated) / 1_000_000);
            Workload workload;
            PhaseFigures preview;
            PhaseFigures apply;
            try (Sandboxes sandboxes = start(seed)) {
                workload = Workload.of(sandboxes, wire(sandboxes), spec.date());
                note("Workload: %,d mapped (contract, service) pairs, %,d to change; at least %,d Autotask calls",
                        workload.expected().size(), workload.changes(), workload.minimumApplyCalls());
                // Decreases are made, not held for a person (issue 15): the case measures making every change.
                DemoPluginSettings settings = DemoPluginSettings.of(sandboxes).holdingNoDrops();
                if (spec.kscSessions() != null) {
                    settings = settings.readingVirtualServersAtOnce(spec.kscSessions());
                }
                // In memory and fresh per case, with the store's limits: a plugin writing too much at scale fails here.
                PluginStore store = PluginStore.inMemory();
                preview = pluginPhase(RunMode.PREVIEW, plugin, sandboxes, settings, store, heap, workload);
                apply = pluginPhase(RunMode.APPLY, plugin, sandboxes, settings, store, heap, workload);
            }
            PhaseFigures baseline = null;
            if (spec.baseline()) {
                try (Sandboxes fresh = start(seed)) {
                    baseline = baselinePhase(fresh, heap, workload);
                }
            }
            return new BenchResult(spec, environment.finished(), workload, preview, apply, baseline);
        } finally {
            if (database != null) {
                database.close();
            }
        }
    }

    private static Database evidenceDatabase(Path dir) {
        try {
            java.nio.file.Files.createDirectories(dir);
            return Database.open(dir);
        } catch (java.io.IOException | RuntimeException e) {
            throw new BenchException("The evidence folder " + dir + " cannot be used: " + e.getMessage(), e);
        }
    }

    private Sandboxes start(SandboxSeed seed) {
        return startSandboxes(spec, seed, java.time.Clock.systemUTC());
    }

    /** The case's sandboxes in memory, with its latencies and limits, their time (the rolling hour's) on {@code clock}. */
    static Sandboxes startSandboxes(BenchSpec spec, SandboxSeed seed, java.time.Clock clock) {
        // Clients send the sandboxes their credentials in headers, which Jetty would log at DEBUG.
        HeaderLogGuard.install();
        AutotaskLimits options = AutotaskLimits.defaults().withLatency(spec.latency())
                .withThreadLimit(spec.threadLimit()).withRequestThreshold(spec.requestThreshold());
        try {
            return Sandboxes.start(SandboxConfig.builder().seed(seed).clock(clock).autotaskOptions(options)
                    .kscOptions(KscOptions.defaults().withLatency(spec.kscLatency())).build());
        } catch (SandboxException e) {
            throw new BenchException("The sandboxes could not start: " + e.getMessage(), e);
        }
    }

    private static AutotaskWire wire(Sandboxes sandboxes) {
        return new AutotaskWire(sandboxes.autotask().baseUrl(), sandboxes.autotask().credentials());
    }

    private PhaseFigures pluginPhase(RunMode mode, PluginBilling plugin, Sandboxes sandboxes, DemoPluginSettings settings,
                                     PluginStore store, HeapMeter heap, Workload workload) {
        String phase = mode.name().toLowerCase(Locale.ROOT);
        note("Plugin %s ...", phase);
        StepLog steps = new StepLog();
        Measured<BillingReport> measured = measure(sandboxes, heap, () -> {
            steps.begin();
            try {
                return plugin.run(mode, spec.date(), settings, store, steps, evidence);
            } catch (PluginException e) {
                throw new BenchException("The plugin's " + phase + " was refused or could not run: " + e.getMessage(), e);
            }
        });
        BillingReport report = measured.value();
        if (report.status() == RunStatus.FAILED) {
            throw new BenchException("The plugin's " + phase + " failed: " + report.statusMessage() + " " + report.problems());
        }
        // The plugin reports "Read usage" once the usage read beside the Autotask reads has ended.
        long usage = steps.firstContaining("Read usage");
        PhaseFigures.AutotaskFigures autotask = autotask(measured.autotask());
        boolean isApply = mode == RunMode.APPLY;
        long ideal = IdealTime.millis(latencyBearing(autotask), autotask.creates(),
                IdealTime.pluginParallel(spec.threadLimit()), spec.latency());
        int planned = isApply ? -1 : report.lines(LineOutcome.PLANNED).size();
        int mismatches = isApply ? mismatches(sandboxes, workload.expected()) : -1;
        String outcome = report.status() + ": " + report.statusMessage();
        PhaseFigures.KscFigures ksc = ksc(measured.ksc());
        PhaseFigures figures = new PhaseFigures(phase, measured.millis(), usage, autotask, ksc, ideal,
                isApply ? workload.minimumApplyCalls() : workload.minimumPreviewCalls(), measured.heap(), outcome,
                planned, mismatches, steps.steps(), limit(autotask, ksc));
        note("Plugin %s: %,d ms, %,d Autotask calls (%,d creates), %s", phase, figures.wallMillis(), autotask.calls(),
                autotask.creates(), outcome);
        return figures;
    }

    private PhaseFigures baselinePhase(Sandboxes sandboxes, HeapMeter heap, Workload workload) {
        note("Naive baseline ...");
        AutotaskWire wire = wire(sandboxes);
        List<ExpectedUnits> expected = workload.expected();
        Measured<NaiveBaseline.Result> measured = measure(sandboxes, heap, () -> NaiveBaseline.run(wire, expected, spec.date()));
        PhaseFigures.AutotaskFigures autotask = autotask(measured.autotask());
        long ideal = IdealTime.millis(latencyBearing(autotask), autotask.creates(), 1, spec.latency());
        // The naive way reads each contract's units on its own: its fewest calls are its creates, one
        // query per contract and the price read.
        long minimum = (long) workload.changes() + measured.value().contractsRead() + 1;
        PhaseFigures.KscFigures ksc = ksc(measured.ksc());
        PhaseFigures figures = new PhaseFigures("baseline", measured.millis(), -1, autotask, ksc, ideal,
                minimum, measured.heap(), "COMPLETED: " + measured.value().creates() + " adjustment(s) created", -1,
                mismatches(sandboxes, expected), List.of(), limit(autotask, ksc));
        note("Naive baseline: %,d ms, %,d Autotask calls (%,d creates)", figures.wallMillis(), autotask.calls(),
                autotask.creates());
        return figures;
    }

    private record Measured<T>(T value, long millis, AutotaskStats autotask, KscStats ksc, HeapMeter.Figures heap) {
    }

    private static <T> Measured<T> measure(Sandboxes sandboxes, HeapMeter heap, Supplier<T> work) {
        sandboxes.autotask().resetStats();
        sandboxes.ksc().resetStats();
        heap.start();
        long start = System.nanoTime();
        T value = work.get();
        long millis = (System.nanoTime() - start) / 1_000_000;
        AutotaskStats autotask = sandboxes.autotask().stats();
        KscStats ksc = sandboxes.ksc().stats();
        HeapMeter.Figures figures = heap.stop();
        return new Measured<>(value, millis, autotask, ksc, figures);
    }

    private static PhaseFigures.AutotaskFigures autotask(AutotaskStats stats) {
        EndpointStats creates = stats.endpoint(ADJUSTMENTS);
        long throttled = stats.endpoints().values().stream().mapToLong(EndpointStats::throttled).sum();
        Map<String, Long> byEndpoint = stats.requestsByEndpoint();
        return new PhaseFigures.AutotaskFigures(stats.totalRequests(), byEndpoint, creates.requests(), throttled,
                creates.peakInFlight());
    }

    private PhysicalLimit limit(PhaseFigures.AutotaskFigures autotask, PhaseFigures.KscFigures ksc) {
        Map<String, Long> bearing = new java.util.HashMap<>(autotask.byEndpoint());
        bearing.keySet().removeIf(endpoint -> endpoint.equalsIgnoreCase(ZONE));
        return PhysicalLimit.of(bearing, IdealTime.pluginParallel(spec.threadLimit()), spec.latency(), ksc.calls(),
                ksc.peakSessions(), spec.kscLatency());
    }

    private static long latencyBearing(PhaseFigures.AutotaskFigures autotask) {
        return autotask.calls() - autotask.byEndpoint().entrySet().stream()
                .filter(e -> e.getKey().equalsIgnoreCase(ZONE)).mapToLong(Map.Entry::getValue).sum();
    }

    private static PhaseFigures.KscFigures ksc(KscStats stats) {
        return new PhaseFigures.KscFigures(stats.totalCalls(), stats.loginsAccepted(), stats.calls("ChunkAccessor.GetItemsChunk"),
                stats.calls("GroupSyncIterator.GetNextItems"), stats.peakCallsPerSession(),
                stats.openAccessors() + stats.openIterators(), stats.calls(), stats.callsByVirtualServer(),
                stats.peakSessionsInFlight());
    }

    private int mismatches(Sandboxes sandboxes, List<ExpectedUnits> expected) {
        return Workload.mismatches(sandboxes.autotask().snapshot(), expected, spec.date());
    }

    private void note(String format, Object... args) {
        log.println(String.format(Locale.ROOT, format, args));
        log.flush();
    }
}
