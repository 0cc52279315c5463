package net.mspbridge.host.demo;

import java.io.IOException;
import java.net.BindException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.function.Function;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import net.mspbridge.api.settings.SettingsValues;
import net.mspbridge.host.db.PrivateFiles;
import net.mspbridge.host.logging.HeaderLogGuard;
import net.mspbridge.host.sandbox.Sandboxes;
import net.mspbridge.host.sandbox.SandboxConfig;
import net.mspbridge.host.sandbox.SandboxException;
import net.mspbridge.host.sandbox.SandboxStore;
import net.mspbridge.host.sandbox.autotask.FaultOptions;

/**
 * The demo sandboxes run beside the host: started from the data folder's state by the one process that
 * holds the folder's sandbox lock (the serving host, or a {@code bill} run while no host serves), on
 * the ports they had last time when they can bind those, so the plugin settings that point at them
 * stay right.
 */
public final class DemoSandboxes implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(DemoSandboxes.class);
    private static final String LOCK_FILE = "sandboxes.lock";
    private static final String PORTS_FILE = "ports.properties";

    private final Sandboxes sandboxes;
    private final FileChannel lockChannel;
    private final FileLock lock;

    private DemoSandboxes(Sandboxes sandboxes, FileChannel lockChannel, FileLock lock) {
        this.sandboxes = sandboxes;
        this.lockChannel = lockChannel;
        this.lock = lock;
    }

    /**
     * Starts the sandboxes of the data folder unless another process runs them already.
     *
     * @param dataDir       the host's data folder
     * @param preferredPort where to try the Autotask sandbox when it has no port of its own yet (the
     *                      KSC sandbox takes the next one); 0 for any free ports
     * @param faults        faults the Autotask sandbox injects, for demonstrations
     * @return the started sandboxes, or empty when another process holds them
     * @throws SandboxException when they cannot start
     */
    public static Optional<DemoSandboxes> startIfFree(Path dataDir, int preferredPort, FaultOptions faults) {
        return startIfFree(dataDir, preferredPort, faults, Sandboxes::start);
    }

    /** As {@link #startIfFree(Path, int, FaultOptions)}, starting each pair of ports tried with {@code start}. */
    static Optional<DemoSandboxes> startIfFree(Path dataDir, int preferredPort, FaultOptions faults,
            Function<SandboxConfig, Sandboxes> start) {
        // Clients send the sandboxes their credentials in headers, which Jetty would log at DEBUG.
        HeaderLogGuard.install();
        Path folder = SandboxStore.folderOf(dataDir);
        FileChannel channel = null;
        try {
            PrivateFiles.createDirectories(folder);
            channel = PrivateFiles.create(folder.resolve(LOCK_FILE));
            FileLock lock = tryLock(channel);
            if (lock == null) {
                channel.close();
                log.info("The sandboxes of {} run in another process (the serving host); using those", folder);
                return Optional.empty();
            }
            Sandboxes sandboxes = startOnFirstFreePair(portPairs(folder, preferredPort),
                    ports -> start.apply(SandboxConfig.builder().dataDir(dataDir)
                            .autotaskPort(ports[0]).kscPort(ports[1]).faults(faults).build()));
            recordPorts(folder, sandboxes);
            return Optional.of(new DemoSandboxes(sandboxes, channel, lock));
        } catch (IOException e) {
            closeQuietly(channel);
            throw new SandboxException("the sandboxes cannot use " + folder + ": " + e.getMessage(), e);
        } catch (RuntimeException e) {
            closeQuietly(channel);
            throw e;
        }
    }

    private static FileLock tryLock(FileChannel channel) throws IOException {
        try {
            return channel.tryLock();
        } catch (OverlappingFileLockException e) {
            return null;
        }
    }

    /**
     * The pairs of ports to try, best first: the ones recorded last time, the preferred pair, then any
     * free ports (0, which cannot be taken).
     */
    private static List<int[]> portPairs(Path folder, int preferredPort) {
        Properties recorded = new Properties();
        Path file = folder.resolve(PORTS_FILE);
        if (Files.isRegularFile(file)) {
            try (var in = Files.newInputStream(file)) {
                recorded.load(in);
            } catch (IOException e) {
                log.warn("Cannot read {}: {}; choosing new sandbox ports", file, e.getMessage());
            }
        }
        List<int[]> pairs = new ArrayList<>();
        int autotask = parsePort(recorded.getProperty("autotask"));
        int ksc = parsePort(recorded.getProperty("ksc"));
        if (autotask > 0 && ksc > 0) {
            pairs.add(new int[] {autotask, ksc});
        }
        if (preferredPort > 0 && preferredPort < 65535 && (autotask != preferredPort || ksc != preferredPort + 1)) {
            pairs.add(new int[] {preferredPort, preferredPort + 1});
        }
        pairs.add(new int[] {0, 0});
        return pairs;
    }

    /**
     * Starts the sandboxes on the first pair of ports they can bind. Whether a port is free is learnt
     * by binding it, not by a check beforehand: a port found free and bound a moment later can be taken
     * in between by any other process, and the start then failed instead of moving on (PackagedHostIT
     * saw it once under load). A failure other than a taken port (damaged state, say) is not retried.
     */
    private static Sandboxes startOnFirstFreePair(List<int[]> pairs, Function<int[], Sandboxes> start) {
        for (int i = 0; ; i++) {
            int[] ports = pairs.get(i);
            try {
                return start.apply(ports);
            } catch (SandboxException e) {
                if (i == pairs.size() - 1 || !portTaken(e)) {
                    throw e;
                }
                log.info("The sandboxes cannot listen on ports {} and {} ({}); trying other ports", ports[0], ports[1],
                        e.getMessage());
            }
        }
    }

    /** Whether the failure is a port another process holds, as opposed to damaged state or the like. */
    private static boolean portTaken(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof BindException) {
                return true;
            }
        }
        return false;
    }

    private static void recordPorts(Path folder, Sandboxes sandboxes) throws IOException {
        Properties ports = new Properties();
        ports.setProperty("autotask", Integer.toString(sandboxes.autotask().port()));
        ports.setProperty("ksc", Integer.toString(sandboxes.ksc().port()));
        try (var out = java.nio.channels.Channels.newOutputStream(
                PrivateFiles.create(folder.resolve(PORTS_FILE), StandardOpenOption.TRUNCATE_EXISTING))) {
            ports.store(out, "Ports the demo sandboxes last listened on");
        }
    }

    private static int parsePort(String value) {
        try {
            return value == null ? 0 : Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    public Sandboxes sandboxes() {
        return sandboxes;
    }

    /**
     * What to store for the demo plugin, given what is stored now: everything on first use; the
     * connection only when the stored one points at these sandboxes under other ports (the sandboxes
     * moved); nothing when the person pointed the plugin elsewhere or it is up to date.
     *
     * @param stored the plugin's stored values; empty when never saved
     * @return the values to save, or empty for no change
     */
    public Optional<SettingsValues> settingsToStore(Optional<SettingsValues> stored) {
        DemoPluginSettings demo = DemoPluginSettings.of(sandboxes);
        if (stored.isEmpty()) {
            return Optional.of(demo.values());
        }
        SettingsValues now = stored.get();
        SettingsValues connection = DemoPluginSettings.connection(sandboxes);
        boolean ours = now.text(DemoPluginSettings.AUTOTASK_USERNAME).equals(connection.text(DemoPluginSettings.AUTOTASK_USERNAME))
                && now.text(DemoPluginSettings.AUTOTASK_BASE_URL).startsWith("http://127.0.0.1:");
        boolean moved = !now.text(DemoPluginSettings.AUTOTASK_BASE_URL).equals(connection.text(DemoPluginSettings.AUTOTASK_BASE_URL))
                || now.text(DemoPluginSettings.KSC_ADDRESS).startsWith("127.0.0.1:")
                && !now.text(DemoPluginSettings.KSC_ADDRESS).equals(connection.text(DemoPluginSettings.KSC_ADDRESS));
        if (ours && moved) {
            SettingsValues repointed = now.with(DemoPluginSettings.AUTOTASK_BASE_URL, connection.text(DemoPluginSettings.AUTOTASK_BASE_URL));
            if (now.text(DemoPluginSettings.KSC_ADDRESS).startsWith("127.0.0.1:")) {
                repointed = repointed.with(DemoPluginSettings.KSC_ADDRESS, connection.text(DemoPluginSettings.KSC_ADDRESS));
            }
            return Optional.of(repointed);
        }
        return Optional.empty();
    }

    @Override
    public void close() {
        try {
            sandboxes.close();
        } finally {
            try {
                lock.release();
            } catch (IOException e) {
                log.debug("sandbox lock already released: {}", e.getMessage());
            }
            closeQuietly(lockChannel);
        }
    }

    private static void closeQuietly(FileChannel channel) {
        if (channel != null) {
            try {
                channel.close();
            } catch (IOException e) {
                log.debug("closing the sandbox lock file failed: {}", e.getMessage());
            }
        }
    }
}
