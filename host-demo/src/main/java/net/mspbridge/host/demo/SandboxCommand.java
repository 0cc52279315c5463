package net.mspbridge.host.demo;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.function.Supplier;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code sandbox}: the group of sandbox commands ({@code show}). Wire it into a host's command line
 * with {@link #register}, which hands {@code show} the host's data folder.
 */
@Command(name = "sandbox", description = "The in-process Autotask and KSC sandboxes.")
public final class SandboxCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    /**
     * Adds {@code sandbox show} to {@code root}.
     *
     * @param dataDir the host's data folder, asked for when the command runs (after options are parsed)
     * @return the {@code sandbox} command line
     */
    public static CommandLine register(CommandLine root, Supplier<Path> dataDir) {
        CommandLine sandbox = new CommandLine(new SandboxCommand());
        sandbox.addSubcommand("show", new SandboxShowCommand(dataDir));
        root.addSubcommand("sandbox", sandbox);
        return sandbox;
    }

    /** Without a subcommand: the usage, and exit code 2 (a command is missing). */
    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return 2;
    }
}
