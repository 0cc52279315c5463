package net.mspbridge.host.demo.bench;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import net.mspbridge.api.PluginException;
import net.mspbridge.api.billing.BillingReport;
import net.mspbridge.api.billing.RunMode;
import net.mspbridge.api.billing.RunStatus;
import net.mspbridge.api.host.PluginStore;
import net.mspbridge.host.demo.DemoPluginSettings;
import net.mspbridge.host.sandbox.Sandboxes;
import net.mspbridge.host.sandbox.autotask.AutotaskStats;
import net.mspbridge.host.sandbox.seed.ScaleGenerator;

/**
 * A first bill under Autotask's hourly budget, to its end, with no person (issue 17 point 4 at full
 * size): apply runs one after the other, each started at the time the previous one's report gives
 * ({@code BillingReport.resumeAfter}), as the host's continuations start them, until one completes.
 * The clock the plugin and the Autotask sandbox's rolling hour read skips each wait, so the hours the
 * budget imposes pass at once; everything else runs in real time. The host's own continuation
 * machinery (H2, its timer, restarts) is proven by {@code FirstBillContinuesTest}; this measures how
 * many windows the large first bill takes against the least the budget allows,
 * {@code ceil(calls / share)}.
 */
final class FirstBillWindows {

    /** The plugin's default share of the hourly budget (Billing options), which the bench leaves as it is. */
    static final int SHARE_PERCENT = 50;
    /** More windows than this is a run that does not progress: the bench stops rather than loop. */
    private static final int MOST_WINDOWS = 50;

    private final BenchSpec spec;
    private final Path pluginsDir;
    private final PrintWriter log;

    FirstBillWindows(BenchSpec spec, Path pluginsDir, PrintWriter log) {
        this.spec = spec;
        this.pluginsDir = pluginsDir;
        this.log = log;
    }

    /**
     * One run of the chain.
     *
     * @param startedAt   by the skipping clock
     * @param calls       the Autotask requests the run made that the hourly budget counts (zone lookups are not)
     * @param resumeAfter when the report says the rest may go on; empty when it completed
     */
    record Window(int number, Instant startedAt, long wallMillis, long calls, long creates, RunStatus status,
                  Optional<Instant> resumeAfter) {
    }

    /**
     * @param share       the calls a window allows the plugin (the threshold's {@value #SHARE_PERCENT} %)
     * @param mismatches  mapped pairs off their expected units after the last run (0: the bill is complete)
     */
    record Result(BenchSpec spec, Environment environment, int share, int changes, long minimumCalls, List<Window> windows,
                  int mismatches) {

        long calls() {
            return windows.stream().mapToLong(Window::calls).sum();
        }

        /** The least windows the budget allows for the calls made: {@code ceil(calls / share)}. */
        long leastWindows() {
            return Workload.ceil(calls(), share);
        }

        /** Wall time of the runs themselves, the skipped waits left out. */
        long runMillis() {
            return windows.stream().mapToLong(Window::wallMillis).sum();
        }

        /** The span from the first run's start to the last one's end on the plugin's clock. */
        Duration span() {
            Window last = windows.get(windows.size() - 1);
            return Duration.between(windows.get(0).startedAt(), last.startedAt().plusMillis(last.wallMillis()));
        }
    }

    /**
     * @throws BenchException when the plugin cannot be loaded, a sandbox cannot start, or a run fails or
     *                        stops progressing
     */
    Result run() {
        Environment environment = Environment.now();
        SkippingClock clock = new SkippingClock();
        try (PluginBilling plugin = PluginBilling.load(pluginsDir); Sandboxes sandboxes = Bench.startSandboxes(spec,
                ScaleGenerator.generate(spec.scale()), clock)) {
            Workload workload = Workload.of(sandboxes, new AutotaskWire(sandboxes.autotask().baseUrl(),
                    sandboxes.autotask().credentials()), spec.date());
            int share = spec.requestThreshold() * SHARE_PERCENT / 100;
            note("First bill: %,d mapped pairs, %,d to change; at least %,d Autotask calls; %,d requests an hour, "
                    + "a share of %,d", workload.expected().size(), workload.changes(), workload.minimumApplyCalls(),
                    spec.requestThreshold(), share);
            DemoPluginSettings settings = DemoPluginSettings.of(sandboxes).holdingNoDrops();
            if (spec.kscSessions() != null) {
                settings = settings.readingVirtualServersAtOnce(spec.kscSessions());
            }
            PluginStore store = PluginStore.inMemory();
            List<Window> windows = new ArrayList<>();
            while (true) {
                Window window = window(windows.size() + 1, plugin, sandboxes, settings, store, clock);
                windows.add(window);
                if (window.resumeAfter().isEmpty()) {
                    break;
                }
                if (windows.size() >= MOST_WINDOWS) {
                    throw new BenchException("The first bill was still not complete after " + MOST_WINDOWS + " runs");
                }
                clock.skipTo(window.resumeAfter().get());
            }
            return new Result(spec, environment.finished(), share, workload.changes(), workload.minimumApplyCalls(), windows,
                    Workload.mismatches(sandboxes.autotask().snapshot(), workload.expected(), spec.date()));
        }
    }

    private Window window(int number, PluginBilling plugin, Sandboxes sandboxes, DemoPluginSettings settings,
            PluginStore store, Clock clock) {
        sandboxes.autotask().resetStats();
        Instant startedAt = clock.instant();
        long start = System.nanoTime();
        BillingReport report;
        try {
            report = plugin.run(RunMode.APPLY, spec.date(), settings, store, new StepLog(), Optional.empty(), clock);
        } catch (PluginException e) {
            throw new BenchException("Run " + number + " of the first bill was refused or could not run: "
                    + e.getMessage(), e);
        }
        long millis = (System.nanoTime() - start) / 1_000_000;
        if (report.status() == RunStatus.FAILED) {
            throw new BenchException("Run " + number + " of the first bill failed: " + report.statusMessage());
        }
        AutotaskStats stats = sandboxes.autotask().stats();
        // As the hourly budget counts them: the zone lookup is not among them (Bench.ZONE).
        long calls = stats.totalRequests() - stats.requestsByEndpoint().entrySet().stream()
                .filter(e -> e.getKey().equalsIgnoreCase(Bench.ZONE)).mapToLong(Map.Entry::getValue).sum();
        long creates = stats.endpoint(Bench.ADJUSTMENTS).requests();
        Window window = new Window(number, startedAt, millis, calls, creates, report.status(), report.resumeAfter());
        note("Run %d at %s: %,d ms, %,d Autotask calls (%,d creates), %s%s", number, startedAt, millis, calls, creates,
                report.status(), report.resumeAfter().map(t -> ", goes on at " + t).orElse(""));
        return window;
    }

    private void note(String format, Object... args) {
        log.println(String.format(Locale.ROOT, format, args));
        log.flush();
    }

    /** The system clock plus every wait skipped so far: time runs, and jumps forward when told. */
    static final class SkippingClock extends Clock {

        private volatile Duration skipped = Duration.ZERO;

        /** Moves the clock to {@code instant} at once when that is ahead of it. */
        void skipTo(Instant instant) {
            Duration ahead = Duration.between(instant(), instant);
            if (!ahead.isNegative()) {
                skipped = skipped.plus(ahead);
            }
        }

        @Override
        public Instant instant() {
            return Instant.now().plus(skipped);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }
    }
}
