package net.mspbridge.host.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.Callable;
import java.util.function.BooleanSupplier;
import java.util.function.Function;
import java.util.function.Supplier;

import net.mspbridge.api.billing.LineOutcome;
import net.mspbridge.api.billing.RunMode;
import net.mspbridge.host.core.HostConfig;
import net.mspbridge.host.core.HostCore;
import net.mspbridge.host.plugins.HostedPlugin;
import net.mspbridge.host.runs.InvalidRunRequestException;
import net.mspbridge.host.runs.ReportCsv;
import net.mspbridge.host.runs.RunProgress;
import net.mspbridge.host.runs.RunRecord;
import net.mspbridge.host.runs.RunRefusedException;
import net.mspbridge.host.runs.RunRequest;
import net.mspbridge.host.runs.Trigger;

import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code bill --preview|--apply [--confirm-drops] [--date YYYY-MM-DD] [--json] [--csv FILE] [--plugin ID]}: runs billing once,
 * in this process, against the data folder, and prints the report (a table, or JSON with
 * {@code --json}). Works while the host serves the same data folder: the database is shared
 * (H2's automatic mixed mode) and a run under way from either side refuses the other.
 *
 * <p>Exit codes: {@value #EXIT_OK} the run completed (problems, if any, are in the report);
 * {@value #EXIT_HOST_ERROR} the host could not run (data folder, database); {@value #EXIT_USAGE}
 * bad input; {@value #EXIT_REFUSED} refused, another run is under way; {@value #EXIT_UNFINISHED}
 * cancelled, deferred or interrupted (run again later to finish); {@value #EXIT_FAILED} the run failed;
 * {@value #EXIT_HELD} the run completed but sudden drops are held for a person to confirm.
 *
 * <p>With {@code --confirm-drops} (apply only), every drop the apply run held is confirmed in the
 * operator's name and a second apply run makes them, once; both reports are printed and the exit
 * code is the second run's. {@code --csv FILE} writes the last report printed.
 */
@Command(name = "bill", description = "Run billing once and print the report.", mixinStandardHelpOptions = true)
public final class BillCommand implements Callable<Integer> {

    public static final int EXIT_OK = 0;
    public static final int EXIT_HOST_ERROR = 1;
    public static final int EXIT_USAGE = 2;
    public static final int EXIT_REFUSED = 3;
    public static final int EXIT_UNFINISHED = 4;
    public static final int EXIT_FAILED = 5;
    public static final int EXIT_HELD = 6;

    private static final Duration POLL = Duration.ofMillis(250);

    @ArgGroup(exclusive = true, multiplicity = "1")
    Mode mode;

    @Option(names = "--date", paramLabel = "YYYY-MM-DD", description = "Effective date (default: today).")
    String date;

    @Option(names = "--confirm-drops", description = "With --apply: confirm every drop the run holds, then apply "
            + "again to make them (once).")
    boolean confirmDrops;

    @Option(names = "--json", description = "Print the report as JSON.")
    boolean json;

    @Option(names = "--csv", paramLabel = "FILE", description = "Also write the report as CSV to FILE (columns in README).")
    Path csv;

    @Option(names = "--plugin", paramLabel = "ID", description = "The plugin to bill with (needed when several do billing).")
    String pluginId;

    @Spec
    CommandSpec spec;

    private final Supplier<HostConfig> config;
    private final Function<HostConfig, HostCore> open;
    private BooleanSupplier interactive = Terminal::attached;

    /** Preview or apply: exactly one. */
    static final class Mode {
        @Option(names = "--preview", required = true, description = "Compute and report; change nothing.")
        boolean preview;

        @Option(names = "--apply", required = true, description = "Make the changes.")
        boolean apply;
    }

    /**
     * @param config the host configuration from the parent command's options
     * @param open   opens the host's core for a configuration: the data folder with the plugins, set up
     *               as {@code serve} sets it up (the demo, see {@code HostMain}); the run closes it
     */
    public BillCommand(Supplier<HostConfig> config, Function<HostConfig, HostCore> open) {
        this.config = config;
        this.open = open;
    }

    /** Whether progress is drawn on standard error; by default when a terminal is attached. */
    public BillCommand interactive(BooleanSupplier interactive) {
        this.interactive = interactive;
        return this;
    }

    @Override
    public Integer call() throws InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        LocalDate effective;
        try {
            effective = date == null ? null : LocalDate.parse(date);
        } catch (DateTimeParseException e) {
            return usage(err, "--date must be a date as YYYY-MM-DD, not \"" + date + "\"");
        }
        // Checked before the run, so a CSV path that cannot be written changes nothing.
        Optional<String> csvProblem = csv == null ? Optional.empty() : CsvFile.problem(csv);
        if (csvProblem.isPresent()) {
            return usage(err, csvProblem.get());
        }
        HostConfig base = config.get();
        HostConfig settings = new HostConfig(base.dataDir(), base.pluginsDir(), base.port(), base.adminPassword(),
                base.clock(), base.pluginCallTimeout(), base.runLimits(), base.sessionIdleTimeout(),
                base.passwordHashCost(), false, base.out(), base.evidenceRuns());
        try (HostCore core = open.apply(settings)) {
            Thread cancelOnInterrupt = new Thread(core::close, "bill-shutdown");
            Runtime.getRuntime().addShutdownHook(cancelOnInterrupt);
            try {
                return bill(core, effective == null ? LocalDate.now(settings.clock()) : effective, out, err);
            } finally {
                try {
                    Runtime.getRuntime().removeShutdownHook(cancelOnInterrupt);
                } catch (IllegalStateException shuttingDown) {
                    // The hook is running: it closes the core.
                }
            }
        }
    }

    private int bill(HostCore core, LocalDate effective, PrintWriter out, PrintWriter err) throws InterruptedException {
        List<String> billing = core.extensions().plugins().stream().filter(p -> p.billing().isPresent())
                .map(HostedPlugin::id).toList();
        String plugin = pluginId;
        if (plugin == null) {
            if (billing.isEmpty()) {
                return usage(err, "no installed plugin does billing (plugins folder: "
                        + core.config().pluginsDir().toAbsolutePath() + ")");
            }
            if (billing.size() > 1) {
                return usage(err, "several plugins do billing: name one with --plugin (" + String.join(", ", billing) + ")");
            }
            plugin = billing.get(0);
        }
        RunMode runMode = mode.apply ? RunMode.APPLY : RunMode.PREVIEW;
        if (confirmDrops && runMode != RunMode.APPLY) {
            return usage(err, "--confirm-drops goes with --apply: a preview holds nothing to confirm");
        }
        String operator = System.getProperty("user.name", "an operator");
        RunRecord ended;
        try {
            ended = runOnce(core, plugin, runMode, effective, operator, out, err);
            if (confirmDrops && held(ended) > 0) {
                int confirmed = core.runs().confirmDrops(ended.runId(), OptionalInt.empty(), operator + " (command line)");
                err.println("host-demo bill: confirmed " + confirmed + " held drop(s) of " + ended.runId()
                        + "; applying them");
                err.flush();
                ended = runOnce(core, plugin, runMode, effective, operator, out, err);
            }
        } catch (InvalidRunRequestException e) {
            return usage(err, e.getMessage());
        } catch (RunRefusedException e) {
            err.println("host-demo bill: refused: " + e.getMessage());
            err.flush();
            return EXIT_REFUSED;
        }
        if (csv != null && !writeCsv(ended, err)) {
            return EXIT_HOST_ERROR;
        }
        int code = exitCode(ended);
        return code == EXIT_OK && held(ended) > 0 ? EXIT_HELD : code;
    }

    /** Writes the run's report to the {@code --csv} file; false when it could not be written. */
    private boolean writeCsv(RunRecord ended, PrintWriter err) {
        try {
            if (ended.report().isEmpty()) {
                err.println("host-demo bill: the run made no report, so no CSV was written to " + csv);
                return true;
            }
            CsvFile.write(csv, ReportCsv.of(ended.report().get()));
            err.println("host-demo bill: report written as CSV to " + csv);
            return true;
        } catch (java.io.IOException e) {
            err.println("host-demo bill: the run ended as shown, but its CSV could not be written to " + csv + ": "
                    + e.getMessage() + ". Download it from the run's page instead.");
            return false;
        } finally {
            err.flush();
        }
    }

    private static long held(RunRecord run) {
        return run.report().map(r -> r.lines(LineOutcome.HELD).size()).orElse(0);
    }

    /** Starts one run, follows it and prints its report. */
    private RunRecord runOnce(HostCore core, String plugin, RunMode runMode, LocalDate effective, String operator,
            PrintWriter out, PrintWriter err) throws InterruptedException {
        RunRecord run = core.runs().start(new RunRequest(plugin, runMode, effective, Trigger.COMMAND_LINE, operator));
        RunRecord ended = follow(core, run, err);
        if (json) {
            out.println(ReportOutput.json(ended));
        } else {
            // Cells are cut to fit a terminal only: piped to a file or another program, nothing is lost.
            out.print(ReportOutput.table(ended, interactive.getAsBoolean()));
        }
        out.flush();
        return ended;
    }

    /** Waits for the run, drawing progress on a terminal. */
    private RunRecord follow(HostCore core, RunRecord run, PrintWriter err) throws InterruptedException {
        boolean draw = interactive.getAsBoolean();
        RunRecord current = run;
        while (!current.state().isFinished()) {
            current = core.runs().await(run.runId(), POLL);
            if (draw && !current.state().isFinished()) {
                err.print("\r" + ReportOutput.progressLine(current.progress()));
                err.flush();
            }
        }
        if (draw) {
            err.println("\r" + ReportOutput.progressLine(new RunProgress(current.progress().total(),
                    current.progress().total(), "done: " + current.state())));
            err.flush();
        }
        return current;
    }

    static int exitCode(RunRecord run) {
        return switch (run.state()) {
            case COMPLETED, COMPLETED_WITH_PROBLEMS -> EXIT_OK;
            case REFUSED -> EXIT_REFUSED;
            case CANCELLED, DEFERRED, INTERRUPTED, RUNNING -> EXIT_UNFINISHED;
            case FAILED -> EXIT_FAILED;
        };
    }

    private static int usage(PrintWriter err, String message) {
        err.println("host-demo bill: " + message);
        err.flush();
        return EXIT_USAGE;
    }
}
