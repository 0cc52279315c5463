package net.mspbridge.host.pluginstore;

import net.mspbridge.api.host.PluginStore;
import net.mspbridge.host.db.Database;

/**
 * Hands out each plugin's own {@link PluginStore}. Stores of different plugins never see each
 * other's keys. Thread-safe; the stores it returns are too.
 */
public interface PluginStores {

    /**
     * The store of one plugin. Cheap: callers may ask per call.
     *
     * @param pluginId the plugin id
     */
    PluginStore forPlugin(String pluginId);

    /** Stores in the host database's {@code plugin_store} table. */
    static PluginStores inDatabase(Database database) {
        return pluginId -> new DbPluginStore(database, pluginId);
    }
}
