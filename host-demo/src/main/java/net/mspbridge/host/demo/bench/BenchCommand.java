package net.mspbridge.host.demo.bench;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.function.Supplier;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;


/**
 * {@code bench}: billing runs at MSP scale, measured. Generates sandbox data of the given size in
 * memory, runs the installed Kaspersky-Autotask plugin's preview and apply through PF4J against the
 * sandboxes, then a naive baseline against an identical fresh pair, and prints every figure (calls
 * against the minimum, wall time against the ideal, KSC calls, heap) with the targets, as a
 * table or as JSON. Progress goes to the error stream, results to the output stream.
 *
 * <p>Exit codes: 0 measured (whether or not every target was met: the output says); 1 the benchmark
 * could not run (no plugin, a run failed); 2 bad arguments.
 *
 * <p>Wire it into a host's command line with {@link #register}, which hands it the host's plugins
 * folder; or run {@link #main} directly.
 */
@Command(name = "bench", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Benchmark billing runs at MSP scale: the plugin's preview and apply against in-memory "
                + "sandboxes, and a naive baseline side by side.", "Run one case per JVM and give it -Xmx to check "
                + "the heap target (e.g. java -Xmx256m -jar host-demo.jar bench)."})
public final class BenchCommand implements Callable<Integer> {

    @Option(names = "--customers", paramLabel = "N", description = "Customers (KSC virtual servers, each with an "
            + "Autotask company and contract), 1 to 100,000 (default: ${DEFAULT-VALUE}).")
    int customers = 2_000;

    @Option(names = "--hosts", paramLabel = "N", description = "KSC hosts over all customers, 0 to 10,000,000 "
            + "(default: ${DEFAULT-VALUE}).")
    int hosts = 100_000;

    @Option(names = "--apps", paramLabel = "N", description = "KSC applications in use, 1 to 6: the KSC products "
            + "the sandbox and the plugin's catalog know (default: ${DEFAULT-VALUE}).")
    int applications = 6;

    @Option(names = "--latency-ms", paramLabel = "MS", description = "Latency the Autotask sandbox adds to every "
            + "call, 0 to 60,000 (default: ${DEFAULT-VALUE}).")
    int latencyMillis = 20;

    @Option(names = "--ksc-latency-ms", paramLabel = "MS", description = "Latency the KSC sandbox adds to every "
            + "call, logins included, 0 to 60,000 (default: ${DEFAULT-VALUE}; a KSC server over a WAN: some 50).")
    int kscLatencyMillis = 0;

    @Option(names = "--ksc-sessions", paramLabel = "N", description = "Virtual servers the plugin reads at once "
            + "(its setting ksc.parallelVirtualServers), 1 to 16 (default: the plugin's own).")
    Integer kscSessions;

    @Option(names = "--daily", paramLabel = "PERCENT", arity = "0..1", fallbackValue = "1",
            description = "The daily case instead of a first bill: every mapped service already on its contract at "
                    + "the usage except PERCENT of the pairs, 0 to 100 (default when given without a value: 1).")
    Double dailyChangePercent;

    @Option(names = "--thread-limit", paramLabel = "N", description = "Concurrent calls the Autotask sandbox allows "
            + "per endpoint before answering 429, 1 to 16 (default: ${DEFAULT-VALUE}, as Autotask).")
    int threadLimit = 3;

    @Option(names = "--request-threshold", paramLabel = "N", description = "Requests per rolling hour the Autotask "
            + "sandbox allows (default: 1,000,000, so one run does the whole case; with --first-bill-windows "
            + "10,000, Autotask's own, which a large first bill exceeds).")
    Integer requestThreshold;

    @Option(names = "--first-bill-windows", description = "Instead of preview, apply and baseline: apply runs one "
            + "after the other, each at the time the previous one's report gives for the rest, until the first bill "
            + "is complete, on a clock that skips the hours waited (the plugin's budget share: 50 %%). Prints each "
            + "run and the windows taken against ceil(calls / share).")
    boolean firstBillWindows;

    @Option(names = "--seed", paramLabel = "N", description = "Seed of the generated data (default: ${DEFAULT-VALUE}).")
    long seed = 1;

    @Option(names = "--date", paramLabel = "YYYY-MM-DD", description = "Effective date of the runs (default: today, UTC).")
    LocalDate date;

    @Option(names = "--no-baseline", description = "Skip the naive baseline (for heap series).")
    boolean noBaseline;

    @Option(names = "--evidence-dir", paramLabel = "DIR", description = "Write each plugin run's evidence (the devices"
            + " behind its report) to the H2 database of this data folder, as a host does (default: none).")
    Path evidenceDir;

    @Option(names = "--json", description = "Print JSON instead of a table.")
    boolean json;

    @Option(names = "--plugins-dir", paramLabel = "DIR", description = "Plugins folder (default: the host's).")
    Path pluginsDir;

    @Spec
    CommandSpec spec;

    private final Supplier<Path> defaultPluginsDir;
    private final Clock clock;

    /** @param defaultPluginsDir the host's plugins folder, asked for when the command runs */
    public BenchCommand(Supplier<Path> defaultPluginsDir) {
        this(defaultPluginsDir, Clock.systemUTC());
    }

    BenchCommand(Supplier<Path> defaultPluginsDir, Clock clock) {
        this.defaultPluginsDir = Objects.requireNonNull(defaultPluginsDir, "defaultPluginsDir");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * Adds {@code bench} to {@code root}.
     *
     * @param pluginsDir the host's plugins folder, asked for when the command runs (after options are parsed)
     * @return the {@code bench} command line
     */
    public static CommandLine register(CommandLine root, Supplier<Path> pluginsDir) {
        CommandLine bench = new CommandLine(new BenchCommand(pluginsDir));
        root.addSubcommand("bench", bench);
        return bench;
    }

    /**
     * The case the options describe.
     *
     * @throws CommandLine.ParameterException naming the option out of range
     */
    BenchSpec benchSpec() {
        if (firstBillWindows && (dailyChangePercent != null || evidenceDir != null)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--first-bill-windows bills the case from "
                    + "nothing and keeps no evidence: leave out " + (dailyChangePercent != null ? "--daily" : "--evidence-dir"));
        }
        int threshold = requestThreshold != null ? requestThreshold : firstBillWindows ? 10_000 : 1_000_000;
        try {
            return new BenchSpec(customers, hosts, applications, Duration.ofMillis(latencyMillis), threadLimit,
                    threshold, seed, date != null ? date : LocalDate.now(clock), !noBaseline,
                    Duration.ofMillis(kscLatencyMillis), dailyChangePercent, kscSessions);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage(), e);
        }
    }

    @Override
    public Integer call() {
        BenchSpec bench = benchSpec();
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Path plugins = pluginsDir != null ? pluginsDir : defaultPluginsDir.get();
        String result;
        try {
            if (firstBillWindows) {
                FirstBillWindows.Result bill = new FirstBillWindows(bench, plugins, err).run();
                result = json ? FirstBillOutput.json(bill) + System.lineSeparator() : FirstBillOutput.table(bill);
            } else {
                BenchResult measured = new Bench(bench, plugins, err, java.util.Optional.ofNullable(evidenceDir)).run();
                result = json ? BenchJson.render(measured) + System.lineSeparator() : BenchTable.render(measured);
            }
        } catch (BenchException e) {
            err.println("The benchmark could not run: " + e.getMessage());
            err.flush();
            return 1;
        }
        out.print(result);
        out.flush();
        return 0;
    }
}
