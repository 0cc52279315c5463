package net.mspbridge.host.demo;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Supplier;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import net.mspbridge.host.sandbox.SandboxStateException;
import net.mspbridge.host.sandbox.SandboxStore;
import net.mspbridge.host.sandbox.autotask.AutotaskData;
import net.mspbridge.host.sandbox.ksc.KscData;
import net.mspbridge.host.sandbox.view.SandboxView;
import net.mspbridge.host.sandbox.view.SandboxViewJson;
import net.mspbridge.host.sandbox.view.SandboxViewText;

/**
 * {@code sandbox show [--json] [--date YYYY-MM-DD]}: each contract's services with their units in
 * force and the adjustments the Autotask sandbox received, read from the data folder's saved state
 * (the sandboxes need not be running; a running host's state is read as last saved), and the KSC
 * sandbox's virtual servers with their hosts and keys. Exit codes: 0 shown; 1 no sandbox state in
 * the data folder; 2 the state file is damaged, or a {@code --date} that is not a date.
 *
 * <p>The data folder comes from the supplier given at construction (the host's {@code --data-dir},
 * read when the command runs), or from this command's own {@code --data-dir}.
 */
@Command(name = "show", mixinStandardHelpOptions = true,
        description = "Show each sandbox contract's services with units in force and the adjustments received.")
public final class SandboxShowCommand implements Callable<Integer> {

    @Option(names = "--json", description = "Print JSON instead of a table.")
    boolean json;

    /** Read as text and parsed here, so that a wrong date gets a message for a person, as {@code bill} gives. */
    @Option(names = "--date", paramLabel = "YYYY-MM-DD", description = "Show the units in force on this date (default: today, UTC).")
    String date;

    @Option(names = "--data-dir", paramLabel = "DIR", description = "The host's data folder (default: the host's).")
    Path dataDir;

    @Spec
    CommandSpec spec;

    private final Supplier<Path> defaultDataDir;
    private final Clock clock;

    /** Reads {@code ./data} unless {@code --data-dir} is given. */
    public SandboxShowCommand() {
        this(() -> Path.of("data"));
    }

    /** @param defaultDataDir the host's data folder, asked for when the command runs */
    public SandboxShowCommand(Supplier<Path> defaultDataDir) {
        this(defaultDataDir, Clock.systemUTC());
    }

    SandboxShowCommand(Supplier<Path> defaultDataDir, Clock clock) {
        this.defaultDataDir = defaultDataDir;
        this.clock = clock;
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        LocalDate day;
        try {
            day = date == null ? LocalDate.now(clock) : LocalDate.parse(date);
        } catch (DateTimeParseException e) {
            err.println("--date must be a date as YYYY-MM-DD, not \"" + date + "\"");
            err.flush();
            return 2;
        }
        Path folder = dataDir != null ? dataDir : defaultDataDir.get();
        Optional<AutotaskData> data;
        Optional<KscData> ksc;
        try {
            SandboxStore store = new SandboxStore(SandboxStore.folderOf(folder));
            data = store.autotask();
            ksc = store.ksc();
        } catch (SandboxStateException e) {
            err.println(e.getMessage());
            err.flush();
            return 2;
        }
        if (data.isEmpty()) {
            err.println("No sandbox state in " + SandboxStore.folderOf(folder).toAbsolutePath()
                    + ": start the host once with this data folder (it seeds the sandboxes), or give the right --data-dir.");
            err.flush();
            return 1;
        }
        SandboxView view = ksc.isPresent() ? SandboxView.of(data.get(), ksc.get(), day) : SandboxView.of(data.get(), day);
        out.print(json ? SandboxViewJson.render(view) + System.lineSeparator() : SandboxViewText.render(view));
        out.flush();
        return 0;
    }
}
