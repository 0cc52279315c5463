package net.mspbridge.host.plugins;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.pf4j.PluginState;
import org.pf4j.PluginWrapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import net.mspbridge.api.BillingHook;
import net.mspbridge.api.PluginApi;
import net.mspbridge.api.SettingsPanelProvider;

/**
 * Every plugin in the plugins folder, loaded with a stock PF4J plugin manager. A plugin that is
 * corrupt, was built for another contract version, or fails to start is listed in
 * {@link #failures()} and left out; the others work as if it were not there.
 *
 * <p>A plugin zip always wins over the folder PF4J expanded from it earlier: a folder that no longer
 * holds the zip's files is expanded again ({@link ExpandedPlugins}).
 *
 * <p>Each plugin's extensions are created once, at load, and kept: an extension that cannot be
 * created is reported as a failure and left out, the plugin's other extensions still work.
 *
 * <p>Thread-safe after {@link #load}: the lists are fixed.
 */
public final class PluginHost implements ExtensionSource {

    private static final Logger log = LoggerFactory.getLogger(PluginHost.class);
    private static final List<Class<?>> EXTENSION_POINTS = List.of(SettingsPanelProvider.class, BillingHook.class);

    private final HostPluginManager manager;
    private final List<HostedPlugin> plugins;
    private final List<PluginFailure> failures;

    private PluginHost(HostPluginManager manager, List<HostedPlugin> plugins, List<PluginFailure> failures) {
        this.manager = manager;
        this.plugins = List.copyOf(plugins);
        this.failures = List.copyOf(failures);
    }

    /**
     * Loads and starts every plugin in the folder, logging what loaded and what did not.
     *
     * @param pluginsDir the plugins folder; created when missing
     */
    public static PluginHost load(Path pluginsDir) {
        try {
            Files.createDirectories(pluginsDir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the plugins folder " + pluginsDir, e);
        }
        ExpandedPlugins.refresh(pluginsDir);
        HostPluginManager manager = new HostPluginManager(pluginsDir);
        manager.setSystemVersion(PluginApi.CONTRACT_VERSION);
        manager.loadPlugins();
        manager.startPlugins();

        List<PluginFailure> failures = new ArrayList<>(manager.loadFailures());
        failures.addAll(unloadableFiles(pluginsDir, manager, failures));
        List<HostedPlugin> plugins = new ArrayList<>();
        for (PluginWrapper wrapper : manager.getPlugins()) {
            describe(manager, wrapper).ifPresentOrElse(
                    info -> plugins.add(new HostedPlugin(info,
                            extension(manager, info.id(), SettingsPanelProvider.class, failures),
                            extension(manager, info.id(), BillingHook.class, failures))),
                    () -> failures.add(new PluginFailure(wrapper.getPluginId(), whyNotStarted(manager, wrapper))));
        }
        PluginHost host = new PluginHost(manager, plugins, failures);
        host.logSummary(pluginsDir);
        return host;
    }

    private static Optional<InstalledPlugin> describe(HostPluginManager manager, PluginWrapper wrapper) {
        if (wrapper.getPluginState() != PluginState.STARTED) {
            return Optional.empty();
        }
        List<String> points = new ArrayList<>();
        for (Class<?> point : EXTENSION_POINTS) {
            if (!manager.getExtensionClasses(point, wrapper.getPluginId()).isEmpty()) {
                points.add(point.getSimpleName());
            }
        }
        var descriptor = wrapper.getDescriptor();
        return Optional.of(new InstalledPlugin(descriptor.getPluginId(), descriptor.getVersion(),
                nullToEmpty(descriptor.getProvider()), nullToEmpty(descriptor.getPluginDescription()), points));
    }

    /** The plugin's first extension of the point, created now; a failure to create it is recorded. */
    private static <T> Optional<T> extension(HostPluginManager manager, String pluginId, Class<T> point,
            List<PluginFailure> failures) {
        try {
            return manager.getExtensions(point, pluginId).stream().findFirst();
        } catch (RuntimeException | LinkageError e) {
            failures.add(new PluginFailure(pluginId, "its " + point.getSimpleName() + " could not be created: "
                    + FailureLines.describe(e)));
            return Optional.empty();
        }
    }

    private static String whyNotStarted(HostPluginManager manager, PluginWrapper wrapper) {
        String requires = wrapper.getDescriptor().getRequires();
        if (requires != null && !requires.isBlank()
                && !manager.getVersionManager().checkVersionConstraint(PluginApi.CONTRACT_VERSION, requires)) {
            return "it requires host contract " + requires + " and this host provides " + PluginApi.CONTRACT_VERSION;
        }
        if (wrapper.getFailedException() != null) {
            return "failed to start: " + FailureLines.describe(wrapper.getFailedException());
        }
        return "not started (state " + wrapper.getPluginState() + ")";
    }

    /**
     * Plugin files that neither loaded nor failed in the manager: PF4J skips a zip it cannot
     * expand with only a log line, so it is found here by what is missing.
     */
    private static List<PluginFailure> unloadableFiles(Path pluginsDir, HostPluginManager manager, List<PluginFailure> known) {
        Set<String> accounted = manager.getPlugins().stream()
                .map(w -> w.getPluginPath().getFileName().toString())
                .collect(Collectors.toSet());
        known.forEach(f -> accounted.add(f.source()));
        try (Stream<Path> files = Files.list(pluginsDir)) {
            return files.filter(Files::isRegularFile)
                    .map(p -> p.getFileName().toString())
                    .filter(name -> name.endsWith(".zip") || name.endsWith(".jar"))
                    .filter(name -> !accounted.contains(name) && !accounted.contains(stripExtension(name)))
                    .sorted()
                    .map(name -> new PluginFailure(name, "not a readable plugin archive (corrupt or missing its descriptor)"))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the plugins folder " + pluginsDir, e);
        }
    }

    private void logSummary(Path pluginsDir) {
        log.info("Plugins folder {}: {} plugin(s) loaded, {} failed", pluginsDir.toAbsolutePath(), plugins.size(),
                failures.size());
        for (HostedPlugin hosted : plugins) {
            InstalledPlugin plugin = hosted.info();
            log.info("Loaded plugin {} {} ({}) with {}", plugin.id(), plugin.version(), plugin.provider(),
                    plugin.extensionPoints());
        }
        for (PluginFailure failure : failures) {
            log.warn("Plugin {} is not available: {}", failure.source(), failure.reason());
        }
    }

    /** The plugins that loaded and started, in load order, with their extensions. */
    @Override
    public List<HostedPlugin> plugins() {
        return plugins;
    }

    /** The plugins that could not be used, with the reason. */
    @Override
    public List<PluginFailure> failures() {
        return failures;
    }

    @Override
    public void close() {
        manager.stopAndUnloadPlugins();
    }

    private static String stripExtension(String name) {
        int dot = name.lastIndexOf('.');
        return dot < 0 ? name : name.substring(0, dot);
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
