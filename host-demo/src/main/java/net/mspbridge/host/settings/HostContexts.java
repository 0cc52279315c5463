package net.mspbridge.host.settings;

import java.time.Clock;
import java.util.Optional;
import java.util.Set;

import net.mspbridge.api.HostContext;
import net.mspbridge.api.host.DeviceInventory;
import net.mspbridge.api.host.Secrets;
import net.mspbridge.api.settings.SettingsValues;
import net.mspbridge.host.pluginstore.PluginStores;

/**
 * Builds the {@link HostContext} passed with each extension call, scoped to the called plugin:
 * its settings and secrets, the host clock, its own store and the host's device inventory.
 *
 * <p>Thread-safe. A context is a snapshot of the stored settings when it is built.
 */
public interface HostContexts {

    /**
     * The context with the plugin's stored settings and secrets, for every call but
     * {@code validate} and {@code runAction}.
     *
     * @throws net.mspbridge.host.db.DatabaseException when the settings cannot be read
     */
    HostContext stored(String pluginId);

    /**
     * The context with proposed settings: the stored values with a person's unsaved changes
     * applied, the stored secrets with the secret changes applied.
     *
     * @param proposed the complete proposed values
     * @param secrets  what the person did to secrets (a secret not mentioned keeps its stored value)
     * @param withheld stored secrets held back because the proposal changes where they would be sent
     *                 ({@link net.mspbridge.api.host.Secrets#withheld()})
     */
    HostContext proposed(String pluginId, SettingsValues proposed, SecretChanges secrets, Set<String> withheld);

    static HostContexts create(SettingsRepository settings, PluginStores stores, Optional<DeviceInventory> inventory,
            Clock clock) {
        return new HostContexts() {
            @Override
            public HostContext stored(String pluginId) {
                return new HostContext(settings.load(pluginId).values(), settings.secrets(pluginId), clock,
                        stores.forPlugin(pluginId), inventory);
            }

            @Override
            public HostContext proposed(String pluginId, SettingsValues proposed, SecretChanges changes,
                    Set<String> withheld) {
                Secrets secrets = new ProposedSecrets(settings.secrets(pluginId), changes, withheld);
                return new HostContext(proposed, secrets, clock, stores.forPlugin(pluginId), inventory);
            }
        };
    }
}
