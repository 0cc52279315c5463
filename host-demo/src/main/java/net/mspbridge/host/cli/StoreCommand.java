package net.mspbridge.host.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import java.util.function.ToIntFunction;

import net.mspbridge.api.host.PluginStore;
import net.mspbridge.host.db.Database;
import net.mspbridge.host.pluginstore.PluginStores;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code store list PLUGIN [--prefix P]} and {@code store remove PLUGIN KEY}: what a plugin keeps in
 * its store in the host's database, for an administrator who must look or repair (a plugin that
 * reports a damaged entry names its key). Works while the host serves the same data folder (the
 * database is shared). Values are printed as stored: a plugin's store holds no secrets (those are
 * kept encrypted, apart). Exit codes: 0 done; 1 no host data in the folder, or no such key; 2 bad
 * input.
 */
@Command(name = "store", mixinStandardHelpOptions = true,
        description = "List or remove entries of a plugin's store.",
        subcommands = {StoreCommand.ListEntries.class, StoreCommand.Remove.class})
public final class StoreCommand implements Callable<Integer> {

    static final int EXIT_OK = 0;
    static final int EXIT_NOT_FOUND = 1;

    @Spec
    CommandSpec spec;

    private final Supplier<Path> dataDir;

    /** @param dataDir the host's data folder, asked for when the command runs */
    public StoreCommand(Supplier<Path> dataDir) {
        this.dataDir = dataDir;
    }

    /** Adds {@code store} with its subcommands to the host's command line. */
    public static void register(CommandLine commandLine, Supplier<Path> dataDir) {
        StoreCommand store = new StoreCommand(dataDir);
        CommandLine sub = new CommandLine(store);
        sub.getSubcommands().values().forEach(c -> ((Step) c.getCommand()).parent = store);
        commandLine.addSubcommand("store", sub);
    }

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getOut());
        return EXIT_OK;
    }

    /**
     * Runs {@code step} on the plugin's store, or says that the folder holds no host data (the
     * database is not created for a mistyped folder).
     */
    private int withStore(String pluginId, PrintWriter err, ToIntFunction<PluginStore> step) {
        Path folder = dataDir.get();
        if (!Files.isRegularFile(folder.resolve("host.mv.db"))) {
            err.println("host-demo store: no host data in " + folder.toAbsolutePath()
                    + ": give the data folder the host runs with (--data-dir DIR, before the command)");
            err.flush();
            return EXIT_NOT_FOUND;
        }
        try (Database database = Database.open(folder)) {
            return step.applyAsInt(PluginStores.inDatabase(database).forPlugin(pluginId));
        }
    }

    /** What the two subcommands share: the plugin argument, and running on its store in the parent's folder. */
    abstract static class Step implements Callable<Integer> {
        StoreCommand parent;

        @Spec
        CommandSpec spec;

        @Parameters(index = "0", paramLabel = "PLUGIN", description = "The plugin id, e.g. kaspersky-autotask.")
        String pluginId;

        @Override
        public final Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            PrintWriter err = spec.commandLine().getErr();
            int code = parent.withStore(pluginId, err, store -> run(store, out, err));
            out.flush();
            err.flush();
            return code;
        }

        abstract int run(PluginStore store, PrintWriter out, PrintWriter err);
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "List a plugin's entries, key = value.")
    static final class ListEntries extends Step {

        @Option(names = "--prefix", paramLabel = "P", description = "Only keys that start with P.")
        String prefix = "";

        @Override
        int run(PluginStore store, PrintWriter out, PrintWriter err) {
            Map<String, String> entries = store.list(prefix);
            entries.forEach((key, value) -> out.println(key + " = " + value));
            out.println(entries.size() + " entr" + (entries.size() == 1 ? "y" : "ies") + " in the store of plugin "
                    + pluginId + (prefix.isEmpty() ? "" : " under '" + prefix + "'") + ".");
            return EXIT_OK;
        }
    }

    @Command(name = "remove", mixinStandardHelpOptions = true, description = "Remove one entry of a plugin's store.")
    static final class Remove extends Step {

        @Parameters(index = "1", paramLabel = "KEY", description = "The key to remove, as 'list' shows it.")
        String key;

        @Override
        int run(PluginStore store, PrintWriter out, PrintWriter err) {
            Optional<String> value = store.get(key);
            if (value.isEmpty()) {
                err.println("host-demo store: plugin " + pluginId + " has no key '" + key
                        + "'; 'store list " + pluginId + "' shows its keys");
                return EXIT_NOT_FOUND;
            }
            store.remove(key);
            out.println("Removed '" + key + "' (was '" + value.get() + "') from the store of plugin " + pluginId + ".");
            return EXIT_OK;
        }
    }
}
