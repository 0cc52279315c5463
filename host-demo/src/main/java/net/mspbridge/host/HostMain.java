package net.mspbridge.host;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.function.Consumer;
import java.util.function.Function;

import net.mspbridge.api.host.Secret;
import net.mspbridge.host.evidence.EvidenceStore;
import net.mspbridge.host.core.HostConfig;
import net.mspbridge.host.core.HostCore;
import net.mspbridge.host.demo.bench.BenchCommand;
import net.mspbridge.host.cli.BillCommand;
import net.mspbridge.host.cli.StoreCommand;
import net.mspbridge.host.plugins.ExtensionSource;
import net.mspbridge.host.plugins.PluginHost;
import net.mspbridge.host.sandbox.FaultSpec;
import net.mspbridge.host.demo.SandboxCommand;
import net.mspbridge.host.sandbox.autotask.FaultOptions;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The command line: {@code java -jar host-demo.jar [--data-dir DIR] [--plugins-dir DIR] [--port N]
 * [--no-sandboxes] [COMMAND ...]}. Without a command the host serves until it is stopped; {@code bill}
 * runs billing once and prints the report; {@code sandbox show} prints the demo sandboxes' contracts;
 * {@code bench} measures billing runs at MSP scale against sandboxes of its own, in memory; {@code store}
 * lists or removes entries of a plugin's store.
 *
 * <p>Unless {@code --no-sandboxes} is given, the demo Autotask and KSC sandboxes run beside the host
 * (state in the data folder) and the Kaspersky-Autotask plugin is pointed at them on the folder's
 * first start, whether that is {@code serve} or {@code bill} ({@link DemoSide}).
 */
@Command(name = "host-demo", mixinStandardHelpOptions = true, version = "host-demo 1.0",
        description = "A small RMM host that runs billing plugins.",
        subcommands = {HostMain.Serve.class})
public final class HostMain implements Callable<Integer> {

    /** The environment variable that sets the administrator password. */
    public static final String ADMIN_PASSWORD_VARIABLE = "HOST_ADMIN_PASSWORD";

    @Option(names = "--data-dir", paramLabel = "DIR", description = "Data folder (default: ${DEFAULT-VALUE}).")
    Path dataDir = Path.of("data");

    @Option(names = "--plugins-dir", paramLabel = "DIR",
            description = "Plugins folder (default: the plugins folder next to the host's jar).")
    Path pluginsDir;

    @Option(names = "--port", paramLabel = "N", description = "HTTP port on 127.0.0.1 (default: ${DEFAULT-VALUE}).")
    int port = 8080;

    @Option(names = "--no-sandboxes",
            description = "Do not start the demo Autotask and Kaspersky Security Center sandboxes.")
    boolean noSandboxes;

    @Option(names = "--sandbox-faults", paramLabel = "KIND=SHARE,...",
            description = "Make the Autotask sandbox fail a share of calls, to watch billing cope: for example "
                    + "429=0.1,lost=0.05. Kinds: 429, 500, timeout, reset, lost (the change is made, the answer "
                    + "lost), timeout-after-commit, 500-after-commit (the change is made, then a 500).")
    String sandboxFaults;

    @Option(names = "--evidence-runs", paramLabel = "N",
            description = "Keep the evidence (the devices behind each report line) of the newest N billing runs,"
                    + " previews included; older runs keep their report only (default: ${DEFAULT-VALUE}).")
    int evidenceRuns = EvidenceStore.DEFAULT_KEPT_RUNS;

    private final Map<String, String> environment;
    private final Function<HostConfig, ExtensionSource> extensions;
    private final Consumer<HostConfig.Builder> tweaks;

    /** The real command line: the process environment and the plugins folder. */
    public HostMain() {
        this(System.getenv(), config -> PluginHost.load(config.pluginsDir()), builder -> { });
    }

    /**
     * A command line with another environment, another source of extensions and changes to the
     * configuration: for tests, which run the commands in-process with fake plugins.
     */
    public HostMain(Map<String, String> environment, Function<HostConfig, ExtensionSource> extensions,
            Consumer<HostConfig.Builder> tweaks) {
        this.environment = Map.copyOf(environment);
        this.extensions = extensions;
        this.tweaks = tweaks;
    }

    public static void main(String[] args) {
        System.exit(commandLine(new HostMain()).execute(args));
    }

    /**
     * The command line with its subcommands and error handling: a failure prints one line saying
     * what is wrong (details are in the log) and exits 1; a usage mistake exits 2.
     */
    public static CommandLine commandLine(HostMain main) {
        CommandLine commandLine = new CommandLine(main);
        commandLine.addSubcommand("bill", new BillCommand(main::config, main::openForBilling));
        SandboxCommand.register(commandLine, () -> main.config().dataDir());
        StoreCommand.register(commandLine, () -> main.config().dataDir());
        BenchCommand.register(commandLine, () -> main.config().pluginsDir());
        commandLine.setExecutionExceptionHandler((e, cmd, parsed) -> {
            cmd.getErr().println("host-demo: " + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()));
            cmd.getErr().flush();
            return BillCommand.EXIT_HOST_ERROR;
        });
        return commandLine;
    }

    /** The configuration the options and the environment describe. */
    public HostConfig config() {
        HostConfig.Builder builder = HostConfig.builder(dataDir).port(port).evidenceRuns(evidenceRuns)
                .adminPassword(Optional.ofNullable(environment.get(ADMIN_PASSWORD_VARIABLE))
                        .filter(p -> !p.isEmpty()).map(Secret::of));
        if (pluginsDir != null) {
            builder.pluginsDir(pluginsDir);
        }
        tweaks.accept(builder);
        return builder.build();
    }

    @Override
    public Integer call() {
        return serve();
    }

    int serve() {
        HostConfig config = config();
        ServedHost host = ServedHost.start(config, extensions.apply(config), !noSandboxes, faults());
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            host.close();
            stopped.countDown();
        }, "host-shutdown"));
        try {
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return 0;
    }

    /**
     * The host a {@code bill} run uses: with the demo as {@code serve} has it (the sandboxes started
     * beside it when no serving host runs them, the plugin pointed at them on a fresh data folder),
     * the sandboxes stopped when the run's host closes its extensions.
     */
    private HostCore openForBilling(HostConfig config) {
        DemoSide demo = DemoSide.start(config, !noSandboxes, faults());
        ExtensionSource plugins;
        try {
            plugins = demo.closedWith(extensions.apply(config));
        } catch (RuntimeException e) {
            demo.close();
            throw e;
        }
        HostCore core = HostCore.open(config, plugins);
        try {
            demo.prepare(core);
        } catch (RuntimeException e) {
            core.close();
            throw e;
        }
        return core;
    }

    private FaultOptions faults() {
        try {
            return FaultSpec.parse(sandboxFaults);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(new CommandLine(this), e.getMessage(), e);
        }
    }

    @Command(name = "serve", description = "Serve the pages and run billing on schedule (the default).")
    static final class Serve implements Callable<Integer> {

        @CommandLine.ParentCommand
        HostMain parent;

        @Override
        public Integer call() {
            return parent.serve();
        }
    }
}
