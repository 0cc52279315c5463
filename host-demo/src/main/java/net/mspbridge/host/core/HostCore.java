package net.mspbridge.host.core;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.atomic.AtomicInteger;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import net.mspbridge.host.evidence.EvidenceStore;
import net.mspbridge.host.calls.PluginCalls;
import net.mspbridge.host.db.DataFolderException;
import net.mspbridge.host.db.Database;
import net.mspbridge.host.db.PrivateFiles;
import net.mspbridge.host.inventory.Inventory;
import net.mspbridge.host.plugins.ExtensionSource;
import net.mspbridge.host.pluginstore.PluginStores;
import net.mspbridge.host.runs.RunService;
import net.mspbridge.host.secrets.SecretBox;
import net.mspbridge.host.settings.HostContexts;
import net.mspbridge.host.settings.SettingsRepository;
import net.mspbridge.host.settings.HostSettingsService;

/**
 * What the server and the command line share: the data folder's database and secrets, the
 * plugins, and the services over them (settings, billing runs, inventory). {@link #close()}
 * releases everything, plugins last.
 */
public final class HostCore implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(HostCore.class);

    private final HostConfig config;
    private final ExtensionSource extensions;
    private final Database database;
    private final Inventory inventory;
    private final PluginCalls calls;
    private final HostSettingsService settings;
    private final SettingsRepository repository;
    private final ScheduledExecutorService timer;
    private final RunService runs;
    private final java.util.concurrent.atomic.AtomicBoolean closed = new java.util.concurrent.atomic.AtomicBoolean();

    private HostCore(HostConfig config, ExtensionSource extensions, Database database, Inventory inventory,
            PluginCalls calls, HostSettingsService settings, SettingsRepository repository, ScheduledExecutorService timer,
            RunService runs) {
        this.config = config;
        this.extensions = extensions;
        this.database = database;
        this.inventory = inventory;
        this.calls = calls;
        this.settings = settings;
        this.repository = repository;
        this.timer = timer;
        this.runs = runs;
    }

    /**
     * Opens the data folder (created owner-only when missing) with the given plugins. The core
     * owns the extension source from here on and closes it.
     */
    public static HostCore open(HostConfig config, ExtensionSource extensions) {
        Database database = null;
        ScheduledExecutorService timer = null;
        PluginCalls calls = null;
        try {
            createDataDir(config.dataDir());
            database = Database.open(config.dataDir());
            SecretBox box = SecretBox.withKeyFile(config.dataDir().resolve("secret.key"));
            SettingsRepository repository = SettingsRepository.inDatabase(database, box, config.clock());
            Inventory inventory = Inventory.openSeeded(database);
            HostContexts contexts = HostContexts.create(repository, PluginStores.inDatabase(database),
                    Optional.of(inventory), config.clock());
            calls = new PluginCalls(8, config.pluginCallTimeout());
            HostSettingsService settings = HostSettingsService.create(extensions, repository, contexts, calls);
            AtomicInteger count = new AtomicInteger();
            timer = Executors.newScheduledThreadPool(1, task -> {
                Thread thread = new Thread(task, "host-timer-" + count.incrementAndGet());
                thread.setDaemon(true);
                return thread;
            });
            RunService runs = RunService.create(database, extensions, contexts, config.clock(), config.runLimits(), timer,
                    EvidenceStore.inDatabase(database, config.clock(), config.evidenceRuns()));
            return new HostCore(config, extensions, database, inventory, calls, settings, repository, timer, runs);
        } catch (RuntimeException e) {
            if (calls != null) {
                calls.close();
            }
            if (timer != null) {
                timer.shutdownNow();
            }
            if (database != null) {
                database.close();
            }
            extensions.close();
            throw e;
        }
    }

    /**
     * Creates the data folder readable by its owner only, as it holds the secret key and the
     * database; in an existing folder, every file and folder that others may read is made
     * owner-only ({@link PrivateFiles#secure}). Public so that what starts before the core (the demo
     * sandboxes) finds the folder made right.
     *
     * @throws DataFolderException when a file's permissions cannot be fixed: the host must not start
     */
    public static void createDataDir(Path dataDir) {
        if (Files.exists(dataDir) && !Files.isDirectory(dataDir)) {
            throw new DataFolderException(dataDir, "the data folder " + dataDir.toAbsolutePath() + " is a file, not a "
                    + "folder: give --data-dir a folder (a missing one is created), or move that file away", null);
        }
        if (!Files.isDirectory(dataDir)) {
            try {
                PrivateFiles.createDirectories(dataDir);
                log.info("Created the data folder {}", dataDir.toAbsolutePath());
            } catch (IOException e) {
                throw new UncheckedIOException("cannot create the data folder " + dataDir.toAbsolutePath() + ": "
                        + e.getMessage(), e);
            }
        }
        PrivateFiles.secure(dataDir);
    }

    public HostConfig config() {
        return config;
    }

    public ExtensionSource extensions() {
        return extensions;
    }

    public Database database() {
        return database;
    }

    public Inventory inventory() {
        return inventory;
    }

    public HostSettingsService settings() {
        return settings;
    }

    /**
     * The stored settings, for setting a plugin up without the page (for example wiring a demo on
     * first start: save with version 0, which is refused once anyone has saved).
     */
    public SettingsRepository settingsRepository() {
        return repository;
    }

    public RunService runs() {
        return runs;
    }

    /** The host's timer thread, for the schedule. */
    public ScheduledExecutorService timer() {
        return timer;
    }

    /** Stops runs (asking them to stop first), plugin calls and the database, then the plugins. Idempotent. */
    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        runs.close();
        timer.shutdownNow();
        calls.close();
        database.close();
        extensions.close();
    }
}
