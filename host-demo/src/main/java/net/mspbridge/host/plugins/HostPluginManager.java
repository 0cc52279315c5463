package net.mspbridge.host.plugins;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.pf4j.DefaultPluginManager;
import org.pf4j.PluginRuntimeException;
import org.pf4j.PluginWrapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * PF4J's default manager, recording every plugin that fails to load instead of only logging it.
 * Any exception while loading one plugin is turned into the {@link PluginRuntimeException} that
 * PF4J's own loop skips, so one broken file never stops the others from loading.
 */
final class HostPluginManager extends DefaultPluginManager {

    private static final Logger log = LoggerFactory.getLogger(HostPluginManager.class);

    private final List<PluginFailure> loadFailures = new ArrayList<>();

    HostPluginManager(Path pluginsDir) {
        super(pluginsDir);
    }

    @Override
    protected PluginWrapper loadPluginFromPath(Path pluginPath) {
        try {
            return super.loadPluginFromPath(pluginPath);
        } catch (RuntimeException e) {
            loadFailures.add(new PluginFailure(String.valueOf(pluginPath.getFileName()), FailureLines.describe(e)));
            throw e instanceof PluginRuntimeException pre ? pre : new PluginRuntimeException(e, "Cannot load plugin");
        }
    }

    /**
     * Stops the started plugins in reverse start order, then unloads every plugin. PF4J 3.15's own
     * {@code stopPlugins()} removes from the list it iterates and fails with a
     * ConcurrentModificationException (pf4j issue #656), so plugins are stopped one by one here.
     */
    void stopAndUnloadPlugins() {
        List<String> started = new ArrayList<>(getStartedPlugins().stream().map(PluginWrapper::getPluginId).toList());
        Collections.reverse(started);
        for (String pluginId : started) {
            try {
                stopPlugin(pluginId);
            } catch (RuntimeException e) {
                log.warn("Plugin {} failed to stop: {}", pluginId, FailureLines.describe(e));
            }
        }
        unloadPlugins();
    }

    List<PluginFailure> loadFailures() {
        return List.copyOf(loadFailures);
    }
}
